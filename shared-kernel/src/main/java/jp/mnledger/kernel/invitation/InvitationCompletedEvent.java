package jp.mnledger.kernel.invitation;

import org.axonframework.serialization.Revision;

/** The submission was sent: the invitation is spent. Counts only, never what was sent. */
@Revision("1")
public record InvitationCompletedEvent(String invitationId, String companyId, String subjectId, String receiptId,
                                       boolean ownNumberSent, int dependentsAdded, int imagesSent) {
}
