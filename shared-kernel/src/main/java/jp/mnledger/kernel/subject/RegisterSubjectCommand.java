package jp.mnledger.kernel.subject;

import jp.mnledger.kernel.access.CompanyScoped;
import jp.mnledger.kernel.access.Permission;
import jp.mnledger.kernel.access.Requires;
import jp.mnledger.kernel.seal.PersonalName;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Register a data subject of a company. The display name is personal data: it is sealed with the
 * subject's own key before it reaches an event.
 */
@Requires(Permission.REGISTER_SUBJECT)
public record RegisterSubjectCommand(@TargetAggregateIdentifier String subjectId, String companyId,
                                     SubjectKind kind, PersonalName displayName, String employeeCode,
                                     String relatedSubjectId) implements CompanyScoped {
}
