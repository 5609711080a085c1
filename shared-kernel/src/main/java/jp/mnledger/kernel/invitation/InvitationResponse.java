package jp.mnledger.kernel.invitation;

import java.time.Instant;

/**
 * One invitation as staff see it. state: ISSUED, REDEEMED (opened, not yet sent), COMPLETED or EXPIRED.
 * issuedBy is the issuing user's name.
 */
public record InvitationResponse(String invitationId, String subjectId, String state, Instant issuedAt, String issuedBy,
                                 Instant expiresAt, Instant redeemedAt, Instant completedAt, String receiptId,
                                 boolean ownNumberSent, int dependentsAdded, int imagesSent) {
}
