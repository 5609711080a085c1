package jp.mnledger.command.incident;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import jp.mnledger.kernel.incident.BreachReportDraftedEvent;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;

/**
 * One 漏えい等報告 draft: its own stream in the event store (so it is read back by id from the ledger itself, not
 * from a projection) and its own data key for the sealed notes. Created by {@link BreachReports}, which computes
 * the draft; a draft is never changed — a corrected one is a new draft.
 */
class BreachReport {

    @AggregateIdentifier
    private String reportId;

    BreachReport() {
        // for event sourcing
    }

    BreachReport(BreachReportDraftedEvent drafted) {
        apply(drafted);
    }

    @EventSourcingHandler
    void on(BreachReportDraftedEvent event) {
        this.reportId = event.reportId();
    }
}
