package jp.mnledger.kernel.subject;

import java.time.LocalDate;
import jp.mnledger.kernel.access.Permission;
import jp.mnledger.kernel.access.Requires;
import jp.mnledger.kernel.access.SubjectScoped;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The subject's relationship with the company: employment (or contract) start, end, or death. The end
 * date starts the retention periods of the documents that hold the number.
 */
@Requires(Permission.REGISTER_SUBJECT)
public record RecordEmploymentCommand(@TargetAggregateIdentifier String subjectId, String companyId,
                                      EmploymentChange change, LocalDate effectiveOn) implements SubjectScoped {
}
