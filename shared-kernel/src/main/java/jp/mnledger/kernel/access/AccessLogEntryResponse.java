package jp.mnledger.kernel.access;

import java.time.Instant;

/** One line of the access log: who, what, which subject, under which role or why refused, when, from where. Never a number. */
public record AccessLogEntryResponse(Instant occurredAt, String userId, String username, String outcome, String action,
                                     String subjectId, String purpose, String role, String reason, String clientAddress,
                                     String requestId) {
}
