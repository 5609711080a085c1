package jp.mnledger.kernel.invitation;

import java.time.Instant;
import jp.mnledger.kernel.access.Permission;
import jp.mnledger.kernel.access.Requires;
import jp.mnledger.kernel.access.SubjectScoped;
import jp.mnledger.kernel.subject.Relationship;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * One step the invited person took, after the subject's own command for it succeeded (relationship: a
 * DEPENDENT step's 続柄, otherwise null).
 */
@Requires(Permission.USE_OWN_INVITATION)
public record RecordInvitationStepCommand(@TargetAggregateIdentifier String invitationId, String companyId,
                                          String subjectId, InvitationStep step, String aboutSubjectId,
                                          Relationship relationship, Instant now)
        implements SubjectScoped {
}
