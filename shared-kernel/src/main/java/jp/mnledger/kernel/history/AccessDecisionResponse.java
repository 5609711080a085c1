package jp.mnledger.kernel.history;

import java.time.Instant;

/**
 * One recorded authorisation decision about a company's personal data (the access log's row): GRANTED or DENIED,
 * the request type, the subject and purpose it named, the role granted or the reason refused, who and from where.
 */
public record AccessDecisionResponse(String eventId, Instant occurredAt, String outcome, String action,
                                     String subjectId, String purpose, String role, String reason, String userId,
                                     String username, String clientAddress, String userAgent, String requestId) {
}
