package jp.mnledger.kernel.subject;

import jp.mnledger.kernel.purpose.Purpose;
import jp.mnledger.kernel.seal.SealedValue;
import org.axonframework.serialization.Revision;

/**
 * A handler saw a subject's number for a purpose (利用). The stated reason is free text a person typed,
 * so it is sealed like personal data; who, role, origin and time are in the metadata.
 */
@Revision("1")
public record MyNumberRevealedEvent(String subjectId, String companyId, Purpose purpose, SealedValue reason) {
}
