package jp.mnledger.kernel.identity;

import java.util.Set;
import jp.mnledger.kernel.access.CompanyScoped;
import jp.mnledger.kernel.access.Permission;
import jp.mnledger.kernel.access.Requires;
import jp.mnledger.kernel.purpose.Purpose;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Appoint a user as handler (事務取扱担当者) for purposes: only after current training and pledge. */
@Requires(Permission.MANAGE_HANDLERS)
public record AppointHandlerCommand(@TargetAggregateIdentifier String companyId, String userId, Set<Purpose> purposes)
        implements CompanyScoped {

    public AppointHandlerCommand {
        purposes = Set.copyOf(purposes);
    }
}
