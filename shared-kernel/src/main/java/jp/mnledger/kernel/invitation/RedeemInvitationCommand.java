package jp.mnledger.kernel.invitation;

import java.time.Instant;
import jp.mnledger.kernel.access.Permission;
import jp.mnledger.kernel.access.Requires;
import jp.mnledger.kernel.access.SubjectScoped;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The invited person opened the link: a session starts (again, until the invitation is completed or expires). */
@Requires(Permission.USE_OWN_INVITATION)
public record RedeemInvitationCommand(@TargetAggregateIdentifier String invitationId, String companyId, String subjectId,
                                      Instant now) implements SubjectScoped {
}
