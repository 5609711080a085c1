package jp.mnledger.kernel.identity;

import jp.mnledger.kernel.access.Permission;
import jp.mnledger.kernel.access.Requires;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Register a 士業 office (税理士・社労士事務所) that serves client companies. */
@Requires(Permission.MANAGE_USERS)
public record CreateOfficeCommand(@TargetAggregateIdentifier String officeId, String name) {
}
