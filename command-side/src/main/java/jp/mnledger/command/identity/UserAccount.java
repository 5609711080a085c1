package jp.mnledger.command.identity;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.HashSet;
import java.util.Set;
import jp.mnledger.kernel.access.Role;
import jp.mnledger.kernel.error.DomainException;
import jp.mnledger.kernel.error.ErrorCode;
import jp.mnledger.kernel.identity.CreateUserAccountCommand;
import jp.mnledger.kernel.identity.GrantRoleCommand;
import jp.mnledger.kernel.identity.RevokeRoleCommand;
import jp.mnledger.kernel.identity.RoleGrantedEvent;
import jp.mnledger.kernel.identity.RoleRevokedEvent;
import jp.mnledger.kernel.identity.UserAccountCreatedEvent;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;

/** A user account and the roles it holds, each in its scope. */
class UserAccount {

    @AggregateIdentifier
    private String userId;
    private final Set<RoleGrantedEvent> grants = new HashSet<>();

    UserAccount() {
        // for event sourcing
    }

    @CommandHandler
    UserAccount(CreateUserAccountCommand command) {
        apply(new UserAccountCreatedEvent(command.userId(), command.username()));
    }

    @CommandHandler
    void handle(GrantRoleCommand command) {
        checkScope(command.role(), command.officeId(), command.companyId(), command.subjectId());
        RoleGrantedEvent grant = new RoleGrantedEvent(userId, command.role(), command.officeId(), command.companyId(),
                command.subjectId());
        if (!grants.contains(grant)) {
            apply(grant);
        }
    }

    @CommandHandler
    void handle(RevokeRoleCommand command) {
        RoleGrantedEvent grant = new RoleGrantedEvent(userId, command.role(), command.officeId(), command.companyId(),
                command.subjectId());
        if (!grants.contains(grant)) {
            throw new DomainException(ErrorCode.REQUEST_INVALID);
        }
        apply(new RoleRevokedEvent(userId, command.role(), command.officeId(), command.companyId(), command.subjectId()));
    }

    /** Each role has exactly one kind of scope; HANDLER comes only from an appointment. */
    private static void checkScope(Role role, String officeId, String companyId, String subjectId) {
        boolean valid = switch (role) {
            case PLATFORM_ADMIN -> officeId == null && companyId == null && subjectId == null;
            case OFFICE_HEAD -> officeId != null && companyId == null && subjectId == null;
            case OFFICE_STAFF, RESPONSIBLE_MANAGER, PAYROLL, AUDITOR -> companyId != null && subjectId == null;
            case SELF_SERVICE -> companyId != null && subjectId != null;
            case HANDLER -> false;
        };
        if (!valid) {
            throw new DomainException(ErrorCode.REQUEST_INVALID);
        }
    }

    @EventSourcingHandler
    void on(UserAccountCreatedEvent event) {
        this.userId = event.userId();
    }

    @EventSourcingHandler
    void on(RoleGrantedEvent event) {
        grants.add(event);
    }

    @EventSourcingHandler
    void on(RoleRevokedEvent event) {
        grants.remove(new RoleGrantedEvent(event.userId(), event.role(), event.officeId(), event.companyId(),
                event.subjectId()));
    }
}
