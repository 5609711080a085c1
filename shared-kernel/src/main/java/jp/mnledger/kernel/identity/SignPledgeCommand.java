package jp.mnledger.kernel.identity;

import jp.mnledger.kernel.access.CompanyScoped;
import jp.mnledger.kernel.access.Permission;
import jp.mnledger.kernel.access.Requires;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The caller signs the confidentiality pledge (誓約書) against the current handling rules. */
@Requires(Permission.SIGN_OWN_PLEDGE)
public record SignPledgeCommand(@TargetAggregateIdentifier String companyId) implements CompanyScoped {
}
