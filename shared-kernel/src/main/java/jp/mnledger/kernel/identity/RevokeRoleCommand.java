package jp.mnledger.kernel.identity;

import jp.mnledger.kernel.access.Permission;
import jp.mnledger.kernel.access.Requires;
import jp.mnledger.kernel.access.Role;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Take back a role granted earlier (the same scope). */
@Requires(Permission.MANAGE_USERS)
public record RevokeRoleCommand(@TargetAggregateIdentifier String userId, Role role, String officeId, String companyId,
                                String subjectId) {
}
