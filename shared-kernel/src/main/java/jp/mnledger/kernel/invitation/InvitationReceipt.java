package jp.mnledger.kernel.invitation;

import java.time.Instant;

/** The receipt of a completed invitation (受付票): its number, time and counts — never a number or a name. */
public record InvitationReceipt(String receiptId, Instant completedAt, boolean ownNumberSent, int dependentsAdded,
                                int imagesSent) {
}
