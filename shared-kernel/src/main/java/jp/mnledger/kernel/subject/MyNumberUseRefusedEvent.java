package jp.mnledger.kernel.subject;

import jp.mnledger.kernel.purpose.Purpose;
import org.axonframework.serialization.Revision;

/**
 * A use or provision of a number was refused by the lifecycle rules (after authorisation): reasons
 * PURPOSE_NOT_NOTIFIED (consent does not widen permitted use), PURPOSE_NOT_DECLARED, NUMBER_NOT_HELD.
 */
@Revision("1")
public record MyNumberUseRefusedEvent(String subjectId, String companyId, String action, Purpose purpose, String reason) {
}
