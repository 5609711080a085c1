package jp.mnledger.kernel.retention;

import jp.mnledger.kernel.access.Permission;
import jp.mnledger.kernel.access.Requires;
import jp.mnledger.kernel.access.SubjectScoped;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Confirm a proposed disposal: the subject's data key and every copy of it are destroyed, its derived copies
 * purged, and the 廃棄記録 written. {@code certificateId} groups the disposals of one confirmation (one
 * 削除証明書); {@code automatic} when the company's policy confirmed it rather than a person.
 */
@Requires(Permission.MANAGE_RETENTION)
public record ConfirmDisposalCommand(@TargetAggregateIdentifier String subjectId, String companyId, String certificateId,
                                     boolean automatic) implements SubjectScoped {
}
