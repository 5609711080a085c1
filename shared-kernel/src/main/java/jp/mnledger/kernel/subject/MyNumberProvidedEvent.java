package jp.mnledger.kernel.subject;

import jp.mnledger.kernel.purpose.Purpose;
import org.axonframework.serialization.Revision;

/** A subject's number was provided (提供): to whom, for which purpose, how, in which document. Never the number. */
@Revision("1")
public record MyNumberProvidedEvent(String subjectId, String companyId, Purpose purpose, Recipient recipient,
                                    String recipientName, ProvisionMethod method, String document) {
}
