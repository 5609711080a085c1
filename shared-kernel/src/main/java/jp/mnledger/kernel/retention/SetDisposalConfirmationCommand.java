package jp.mnledger.kernel.retention;

import jp.mnledger.kernel.access.CompanyScoped;
import jp.mnledger.kernel.access.Permission;
import jp.mnledger.kernel.access.Requires;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Whether the sweep confirms due disposals itself (automatic) or waits for the responsible manager (default). */
@Requires(Permission.MANAGE_RETENTION)
public record SetDisposalConfirmationCommand(@TargetAggregateIdentifier String companyId, boolean automatic)
        implements CompanyScoped {
}
