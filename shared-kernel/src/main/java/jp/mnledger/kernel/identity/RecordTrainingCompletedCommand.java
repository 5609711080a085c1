package jp.mnledger.kernel.identity;

import jp.mnledger.kernel.access.CompanyScoped;
import jp.mnledger.kernel.access.Permission;
import jp.mnledger.kernel.access.Requires;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The responsible manager records that a user completed the training for the current handling rules. */
@Requires(Permission.MANAGE_HANDLERS)
public record RecordTrainingCompletedCommand(@TargetAggregateIdentifier String companyId, String userId)
        implements CompanyScoped {
}
