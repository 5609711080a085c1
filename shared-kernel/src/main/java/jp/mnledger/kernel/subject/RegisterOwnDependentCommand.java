package jp.mnledger.kernel.subject;

import jp.mnledger.kernel.access.Permission;
import jp.mnledger.kernel.access.Requires;
import jp.mnledger.kernel.access.SubjectScoped;
import jp.mnledger.kernel.seal.PersonalName;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The person registers one of their own dependents (in an invitation's flow): a new DEPENDENT subject under
 * their subject, with its 続柄. The access check is about the employee ({@link #subjectId()}), the new
 * aggregate is the dependent's.
 */
@Requires(Permission.REGISTER_OWN_DEPENDENT)
public record RegisterOwnDependentCommand(@TargetAggregateIdentifier String dependentId, String companyId,
                                          String employeeSubjectId, PersonalName displayName, Relationship relationship)
        implements SubjectScoped {

    /** The employee the dependent belongs to: whose own data this is. */
    @Override
    public String subjectId() {
        return employeeSubjectId;
    }

    /** The same registration as staff would send it. */
    public RegisterSubjectCommand asRegistration() {
        return new RegisterSubjectCommand(dependentId, companyId, SubjectKind.DEPENDENT, displayName, null,
                employeeSubjectId, relationship, null);
    }

    @Override
    public String toString() {
        return "RegisterOwnDependentCommand[" + dependentId + "]";
    }
}
