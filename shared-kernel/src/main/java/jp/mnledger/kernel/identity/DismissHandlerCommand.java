package jp.mnledger.kernel.identity;

import jp.mnledger.kernel.access.CompanyScoped;
import jp.mnledger.kernel.access.Permission;
import jp.mnledger.kernel.access.Requires;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Revoke a handler's appointment. */
@Requires(Permission.MANAGE_HANDLERS)
public record DismissHandlerCommand(@TargetAggregateIdentifier String companyId, String userId) implements CompanyScoped {
}
