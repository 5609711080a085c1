package jp.mnledger.command.identity;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import jp.mnledger.kernel.identity.CreateOfficeCommand;
import jp.mnledger.kernel.identity.OfficeCreatedEvent;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;

/** A 士業 office serving client companies (顧問先). */
class Office {

    @AggregateIdentifier
    private String officeId;

    Office() {
        // for event sourcing
    }

    @CommandHandler
    Office(CreateOfficeCommand command) {
        apply(new OfficeCreatedEvent(command.officeId(), command.name()));
    }

    @EventSourcingHandler
    void on(OfficeCreatedEvent event) {
        this.officeId = event.officeId();
    }
}
