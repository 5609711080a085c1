package jp.mnledger.kernel.identity;

import jp.mnledger.kernel.access.Permission;
import jp.mnledger.kernel.access.Requires;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Open a user account. Its credentials are stored by the identity service, never in the command or event. */
@Requires(Permission.MANAGE_USERS)
public record CreateUserAccountCommand(@TargetAggregateIdentifier String userId, String username) {
}
