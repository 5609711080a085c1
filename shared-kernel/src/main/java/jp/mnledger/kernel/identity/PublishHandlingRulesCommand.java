package jp.mnledger.kernel.identity;

import jp.mnledger.kernel.access.CompanyScoped;
import jp.mnledger.kernel.access.Permission;
import jp.mnledger.kernel.access.Requires;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Publish a new version of the company's handling rules (取扱規程). Every handler must then complete the
 * training and sign the pledge for this version before they may see a number again.
 */
@Requires(Permission.MANAGE_HANDLERS)
public record PublishHandlingRulesCommand(@TargetAggregateIdentifier String companyId, String title)
        implements CompanyScoped {
}
