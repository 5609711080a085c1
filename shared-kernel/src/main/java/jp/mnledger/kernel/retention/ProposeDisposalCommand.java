package jp.mnledger.kernel.retention;

import java.time.LocalDate;
import jp.mnledger.kernel.access.Permission;
import jp.mnledger.kernel.access.Requires;
import jp.mnledger.kernel.access.SubjectScoped;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The sweep found the subject's retention ended: propose its disposal, with the date and the basis that decided it. */
@Requires(Permission.MANAGE_RETENTION)
public record ProposeDisposalCommand(@TargetAggregateIdentifier String subjectId, String companyId, LocalDate dueOn,
                                     String documentTypeId, String basis) implements SubjectScoped {
}
