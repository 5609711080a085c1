package jp.mnledger.kernel.subject;

import jp.mnledger.kernel.access.CompanyScoped;
import jp.mnledger.kernel.access.Permission;
import jp.mnledger.kernel.access.Requires;
import jp.mnledger.kernel.seal.PersonalName;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Register a data subject of a company. The display name is personal data: it is sealed with the
 * subject's own key before it reaches an event.
 *
 * @param relatedSubjectId for a DEPENDENT: the employee it belongs to (nobody else has one)
 * @param relationship     for a DEPENDENT: its 続柄 to that employee (nobody else has one)
 * @param occupation       for a PAYEE: what they are paid for (講師, デザイナー …), optional
 */
@Requires(Permission.REGISTER_SUBJECT)
public record RegisterSubjectCommand(@TargetAggregateIdentifier String subjectId, String companyId,
                                     SubjectKind kind, PersonalName displayName, String employeeCode,
                                     String relatedSubjectId, Relationship relationship, String occupation)
        implements CompanyScoped {
}
