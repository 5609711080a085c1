package jp.mnledger.kernel.company;

import jp.mnledger.kernel.access.CompanyScoped;
import jp.mnledger.kernel.access.Permission;
import jp.mnledger.kernel.access.Requires;

/** Rotate the company's tenant key: every live data key re-wrapped under a new version, the old one deleted. */
@Requires(Permission.MANAGE_USERS)
public record RotateTenantKeyCommand(String companyId) implements CompanyScoped {
}
