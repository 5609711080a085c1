package jp.mnledger.command.keyvault;

import jp.mnledger.kernel.company.RotateTenantKeyCommand;
import jp.mnledger.kernel.company.TenantKeyRotatedEvent;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.eventhandling.GenericEventMessage;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Tenant key rotation as a command: authorised like every command, recorded as an event, in one transaction. */
@Component
class KeyRotations {

    private final JdbcKeyVault vault;
    private final EventBus events;
    private final JdbcTemplate jdbc;

    KeyRotations(JdbcKeyVault vault, EventBus events, JdbcTemplate jdbc) {
        this.vault = vault;
        this.events = events;
        this.jdbc = jdbc;
    }

    @CommandHandler
    TenantKeyRotatedEvent handle(RotateTenantKeyCommand command) {
        Boolean known = jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM command_lookup.company WHERE company_id = ?)",
                Boolean.class, command.companyId());
        if (!Boolean.TRUE.equals(known)) {
            throw new jp.mnledger.kernel.error.DomainException(jp.mnledger.kernel.error.ErrorCode.COMPANY_NOT_FOUND);
        }
        int rewrapped = vault.rotateTenantKey(command.companyId());
        int version = jdbc.queryForObject("SELECT max(version) FROM keyvault.tenant_key WHERE tenant_id = ?", Integer.class,
                command.companyId());
        TenantKeyRotatedEvent event = new TenantKeyRotatedEvent(command.companyId(), version, rewrapped);
        events.publish(GenericEventMessage.asEventMessage(event));
        return event;
    }
}
