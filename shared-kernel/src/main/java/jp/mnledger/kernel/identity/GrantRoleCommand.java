package jp.mnledger.kernel.identity;

import jp.mnledger.kernel.access.Permission;
import jp.mnledger.kernel.access.Requires;
import jp.mnledger.kernel.access.Role;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Grant a role in its scope: an office (OFFICE_HEAD), a company (OFFICE_STAFF, RESPONSIBLE_MANAGER,
 * PAYROLL, AUDITOR), a subject (SELF_SERVICE), or the installation (PLATFORM_ADMIN). HANDLER is never
 * granted this way: it comes from an appointment.
 */
@Requires(Permission.MANAGE_USERS)
public record GrantRoleCommand(@TargetAggregateIdentifier String userId, Role role, String officeId, String companyId,
                               String subjectId) {
}
