package jp.mnledger.kernel.subject;

import jp.mnledger.kernel.access.Permission;
import jp.mnledger.kernel.access.Requires;
import jp.mnledger.kernel.access.SubjectScoped;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * 同意書, signed electronically in place of a seal: the person acknowledges the company's current handling
 * rules and training, accepts responsibility for the accuracy of their dependents' data, and pledges
 * confidentiality. The typed name is sealed; time, origin and the rules version are recorded.
 */
@Requires(Permission.ACKNOWLEDGE_OWN)
public record SignAcknowledgementCommand(@TargetAggregateIdentifier String subjectId, String companyId, String typedName)
        implements SubjectScoped {

    @Override
    public String toString() {
        return "SignAcknowledgementCommand[" + subjectId + "]";
    }
}
