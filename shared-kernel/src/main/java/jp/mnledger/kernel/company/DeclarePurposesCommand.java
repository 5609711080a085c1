package jp.mnledger.kernel.company;

import java.util.Set;
import jp.mnledger.kernel.access.CompanyScoped;
import jp.mnledger.kernel.access.Permission;
import jp.mnledger.kernel.access.Requires;
import jp.mnledger.kernel.purpose.Purpose;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The company declares the procedures (個人番号関係事務) it handles numbers for; numbers are collected only for these. */
@Requires(Permission.MANAGE_HANDLERS)
public record DeclarePurposesCommand(@TargetAggregateIdentifier String companyId, Set<Purpose> purposes)
        implements CompanyScoped {

    public DeclarePurposesCommand {
        purposes = Set.copyOf(purposes);
    }
}
