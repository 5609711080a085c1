package jp.mnledger.kernel.subject;

import jp.mnledger.kernel.access.Permission;
import jp.mnledger.kernel.access.Requires;
import jp.mnledger.kernel.access.SubjectScoped;
import jp.mnledger.kernel.number.MyNumber;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A reissued number (番号変更) or a corrected typo replaces the held one; both stay sealed in the history. */
@Requires(Permission.VERIFY_NUMBER)
public record CorrectMyNumberCommand(@TargetAggregateIdentifier String subjectId, String companyId, MyNumber newNumber,
                                     CorrectionReason reason) implements SubjectScoped {
}
