package jp.mnledger.kernel.identity;

import jp.mnledger.kernel.access.Role;
import org.axonframework.serialization.Revision;

/** A role was taken back from a user. */
@Revision("1")
public record RoleRevokedEvent(String userId, Role role, String officeId, String companyId, String subjectId) {
}
