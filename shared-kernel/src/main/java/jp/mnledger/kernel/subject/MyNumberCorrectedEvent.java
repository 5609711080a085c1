package jp.mnledger.kernel.subject;

import jp.mnledger.kernel.seal.SealedValue;
import org.axonframework.serialization.Revision;

/** The held number was replaced (sealed); it must be verified again. */
@Revision("1")
public record MyNumberCorrectedEvent(String subjectId, String companyId, SealedValue myNumber, CorrectionReason reason) {
}
