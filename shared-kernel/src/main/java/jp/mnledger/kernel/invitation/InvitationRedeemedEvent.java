package jp.mnledger.kernel.invitation;

import org.axonframework.serialization.Revision;

/** The invited person opened the link and a session started. */
@Revision("1")
public record InvitationRedeemedEvent(String invitationId, String companyId, String subjectId) {
}
