package jp.mnledger.command.api;

import jp.mnledger.kernel.audit.AuditMetadata;
import jp.mnledger.kernel.error.DomainException;
import jp.mnledger.kernel.error.ErrorCode;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateNotFoundException;

/** Sends a command to an aggregate that must exist: one with no events is the resource the caller named wrongly. */
final class ExistingAggregates {

    private ExistingAggregates() {
    }

    static <R> R send(CommandGateway commands, Object command, AuditMetadata audit, String tenant, ErrorCode notFound) {
        try {
            return commands.sendAndWait(command, MetaData.from(audit.withTenant(tenant).toMap()));
        } catch (AggregateNotFoundException e) {
            throw new DomainException(notFound);
        }
    }
}
