package jp.mnledger.kernel.identity;

import jp.mnledger.kernel.access.Role;
import org.axonframework.serialization.Revision;

/** A role was granted to a user in its scope. */
@Revision("1")
public record RoleGrantedEvent(String userId, Role role, String officeId, String companyId, String subjectId) {
}
