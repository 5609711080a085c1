package jp.mnledger.command.company;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import jp.mnledger.kernel.company.CompanyCreatedEvent;
import jp.mnledger.kernel.company.CreateCompanyCommand;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;

/** A company whose data subjects' numbers we hold; the tenant their keys belong to. */
class Company {

    @AggregateIdentifier
    private String companyId;

    Company() {
        // for event sourcing
    }

    @CommandHandler
    Company(CreateCompanyCommand command) {
        apply(new CompanyCreatedEvent(command.companyId(), command.name(),
                command.corporateNumber() == null ? null : command.corporateNumber().value()));
    }

    @EventSourcingHandler
    void on(CompanyCreatedEvent event) {
        this.companyId = event.companyId();
    }
}
