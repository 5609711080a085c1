package jp.mnledger.kernel.invitation;

import java.time.Instant;
import java.util.List;
import jp.mnledger.kernel.purpose.Purpose;
import jp.mnledger.kernel.subject.SubjectKind;
import org.axonframework.serialization.Revision;

/**
 * An invitation was issued. The secret's SHA-256 hash (hex) is kept so that the link can be recognised; the
 * secret (256 random bits) cannot be derived from it.
 */
@Revision("1")
public record InvitationIssuedEvent(String invitationId, String companyId, String subjectId, SubjectKind subjectKind,
                                    String secretHash, Instant expiresAt, List<Purpose> purposes) {

    public InvitationIssuedEvent {
        purposes = List.copyOf(purposes);
    }

    @Override
    public String toString() {
        return "InvitationIssuedEvent[" + invitationId + "]";
    }
}
