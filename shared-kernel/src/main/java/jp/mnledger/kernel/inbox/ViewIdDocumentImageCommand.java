package jp.mnledger.kernel.inbox;

import jp.mnledger.kernel.access.Permission;
import jp.mnledger.kernel.access.Requires;
import jp.mnledger.kernel.access.SubjectScoped;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A handler looks at an ID-document image to carry out 本人確認: a command, not a query, because every view
 * is recorded on the subject's stream. Allowed only while the number awaits verification.
 */
@Requires(Permission.VERIFY_NUMBER)
public record ViewIdDocumentImageCommand(@TargetAggregateIdentifier String subjectId, String companyId, String imageId)
        implements SubjectScoped {
}
