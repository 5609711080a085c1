package jp.mnledger.kernel.subject;

import java.time.Instant;

/**
 * One step in a subject's history: what happened (action, purpose, non-personal details such as the
 * channel, documents seen or recipient), who did it under which role, when and from where.
 */
public record SubjectHistoryEntryResponse(Instant occurredAt, String action, String purpose, String details,
                                          String actor, String actorName, String role, String clientAddress,
                                          String userAgent, String requestId) {
}
