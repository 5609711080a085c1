package jp.mnledger.kernel.subject;

import jp.mnledger.kernel.seal.SealedValue;
import org.axonframework.serialization.Revision;

/** The person signed the 同意書 for a version of the handling rules (typed name sealed). */
@Revision("1")
public record AcknowledgementSignedEvent(String subjectId, String companyId, int rulesVersion, SealedValue typedName) {
}
