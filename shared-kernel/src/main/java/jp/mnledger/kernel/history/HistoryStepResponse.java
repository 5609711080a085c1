package jp.mnledger.kernel.history;

import java.time.Instant;

/**
 * One recorded step on a subject: the same action vocabulary as the subject history (REGISTERED, ACQUIRED, VERIFIED,
 * REVEALED, PROVIDED, ACCESSED, ACCESS_DENIED, DISPOSED …), the purpose where there is one, who under which role,
 * when and from where. {@code eventId} names the stored event (and so its ledger leaf).
 */
public record HistoryStepResponse(String eventId, Instant occurredAt, String action, String purpose, String actor,
                                  String actorName, String role, String clientAddress, String userAgent,
                                  String requestId) {
}
