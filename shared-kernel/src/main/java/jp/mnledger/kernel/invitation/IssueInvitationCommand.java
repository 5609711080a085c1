package jp.mnledger.kernel.invitation;

import java.time.Instant;
import java.util.Set;
import jp.mnledger.kernel.access.Permission;
import jp.mnledger.kernel.access.Requires;
import jp.mnledger.kernel.access.SubjectScoped;
import jp.mnledger.kernel.purpose.Purpose;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Issue an invitation for a subject (an employee kind or a payee): who may register subjects may invite
 * them. Only the SHA-256 hash (hex) of the link's secret is in the command; the secret itself goes to the
 * caller once and nowhere else.
 *
 * @param purposes the purposes the person will be notified of (null or empty: the company's declared
 *                 purposes that fit the subject's kind)
 */
@Requires(Permission.REGISTER_SUBJECT)
public record IssueInvitationCommand(@TargetAggregateIdentifier String invitationId, String companyId, String subjectId,
                                     String secretHash, Instant expiresAt, Set<Purpose> purposes)
        implements SubjectScoped {

    public IssueInvitationCommand {
        purposes = purposes == null ? Set.of() : Set.copyOf(purposes);
    }

    @Override
    public String toString() {
        return "IssueInvitationCommand[" + invitationId + "]";
    }
}
