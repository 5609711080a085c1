package jp.mnledger.kernel.invitation;

import java.time.Instant;
import jp.mnledger.kernel.access.Permission;
import jp.mnledger.kernel.access.Requires;
import jp.mnledger.kernel.access.SubjectScoped;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The invited person sends their submission: the invitation is spent and a receipt issued. */
@Requires(Permission.USE_OWN_INVITATION)
public record CompleteInvitationCommand(@TargetAggregateIdentifier String invitationId, String companyId, String subjectId,
                                        String receiptId, Instant now) implements SubjectScoped {
}
