package jp.mnledger.kernel.subject;

import jp.mnledger.kernel.access.Permission;
import jp.mnledger.kernel.access.PurposeScoped;
import jp.mnledger.kernel.access.Requires;
import jp.mnledger.kernel.access.SubjectScoped;
import jp.mnledger.kernel.purpose.Purpose;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Use (利用): an appointed handler asks to see the number for a purpose and a stated reason. The number
 * exists in clear only in the command's result; the event records who, why and when, never the number.
 */
@Requires(Permission.REVEAL_NUMBER)
public record RevealMyNumberCommand(@TargetAggregateIdentifier String subjectId, String companyId, Purpose purpose,
                                    String reason) implements SubjectScoped, PurposeScoped {

    @Override
    public String toString() {
        return "RevealMyNumberCommand[" + subjectId + ", " + purpose + "]";
    }
}
