package jp.mnledger.kernel.incident;

import java.time.Instant;
import java.util.List;
import jp.mnledger.kernel.seal.SealedValue;
import org.axonframework.serialization.Revision;

/**
 * A 漏えい等報告 was drafted: the window, the awareness, the scope (accounts as user ids), the facts as entered, the
 * affected people computed from the ledger (ids, kinds, purposes; never a name or a number), the rules in force,
 * the decision and the deadlines as they were decided, and the notes a person typed, sealed under the report's own
 * data key (field incidentNotes). Who drafted it and when are the event's audit metadata.
 */
@Revision("1")
public record BreachReportDraftedEvent(String reportId, String companyId, Instant windowFrom, Instant windowTo,
                                       Instant awareAt, BreachScope scope, BreachFacts facts,
                                       List<AffectedSubject> affected, BreachRules rules, BreachAssessment assessment,
                                       BreachDeadlines deadlines, SealedValue notes) {

    public BreachReportDraftedEvent {
        affected = List.copyOf(affected);
    }
}
