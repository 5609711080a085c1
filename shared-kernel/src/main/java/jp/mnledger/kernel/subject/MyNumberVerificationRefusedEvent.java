package jp.mnledger.kernel.subject;

import org.axonframework.serialization.Revision;

/**
 * A verification was refused because a document does not count: NUMBER_NOTICE_LETTER_NOT_ACCEPTED,
 * NOTIFICATION_CARD_OUTDATED, KNOWN_IN_PERSON_ONLY_FOR_EMPLOYEES, PROXY_AUTHORITY_REQUIRED,
 * PROXY_IDENTITY_REQUIRED, CATEGORY3_ONLY_FOR_SPOUSE, NUMBER_NOT_HELD.
 */
@Revision("1")
public record MyNumberVerificationRefusedEvent(String subjectId, String companyId, String reason) {
}
