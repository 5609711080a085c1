package jp.mnledger.query.incident;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.mnledger.kernel.audit.AuditMetadata;
import jp.mnledger.kernel.error.DomainException;
import jp.mnledger.kernel.error.ErrorCode;
import jp.mnledger.kernel.incident.BreachNotes;
import jp.mnledger.kernel.incident.BreachReportDraftedEvent;
import jp.mnledger.kernel.incident.BreachReportResponse;
import jp.mnledger.kernel.incident.FetchBreachReportsQuery;
import jp.mnledger.kernel.seal.PersonalField;
import jp.mnledger.kernel.seal.SealedValueOpener;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Breach-report drafts straight from the event store (no projection: a draft is rare, must be exactly what was
 * recorded, and is readable the moment it was drafted). The report's ids come from the stored events' type and
 * company; each draft is its aggregate's one event, read through Axon (upcasters apply). The sealed notes are opened
 * with the report's own key for the callers the query's permission admits (manager, office head, auditor).
 */
@Component
class BreachReportQueries {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final JdbcTemplate jdbc;
    private final EventStore events;
    private final SealedValueOpener opener;

    BreachReportQueries(JdbcTemplate jdbc, EventStore events, SealedValueOpener opener) {
        this.jdbc = jdbc;
        this.events = events;
        this.opener = opener;
    }

    @org.axonframework.queryhandling.QueryHandler
    List<BreachReportResponse> handle(FetchBreachReportsQuery query) {
        List<String> ids = query.reportId() != null ? List.of(query.reportId()) : jdbc.queryForList("""
                SELECT aggregateidentifier FROM axon.domainevententry
                WHERE payloadtype = ? AND convert_from(payload, 'UTF8')::jsonb ->> 'companyId' = ?
                ORDER BY globalindex DESC""", String.class, BreachReportDraftedEvent.class.getName(), query.companyId());
        List<BreachReportResponse> reports = new ArrayList<>();
        for (String id : ids) {
            read(id, query.companyId()).ifPresent(reports::add);
        }
        if (query.reportId() != null && reports.isEmpty()) {
            throw new DomainException(ErrorCode.BREACH_REPORT_NOT_FOUND);
        }
        return reports;
    }

    private Optional<BreachReportResponse> read(String reportId, String companyId) {
        return events.readEvents(reportId).asStream()
                .filter(m -> m.getPayload() instanceof BreachReportDraftedEvent drafted
                        && drafted.companyId().equals(companyId))
                .findFirst()
                .map(this::render);
    }

    private BreachReportResponse render(DomainEventMessage<?> message) {
        BreachReportDraftedEvent drafted = (BreachReportDraftedEvent) message.getPayload();
        Object time = message.getMetaData().get(AuditMetadata.TIME);
        Object actor = message.getMetaData().get(AuditMetadata.ACTOR);
        return BreachReportResponse.of(drafted, actor == null ? null : actor.toString(),
                time == null ? message.getTimestamp() : Instant.parse(time.toString()), notes(drafted));
    }

    private BreachNotes notes(BreachReportDraftedEvent drafted) {
        if (drafted.notes() == null) {
            return BreachNotes.NONE;
        }
        Optional<String> clear = opener.open(drafted.reportId(), PersonalField.INCIDENT_NOTES, drafted.notes());
        if (clear.isEmpty()) {
            String gone = SealedValueOpener.DISPOSED_PLACEHOLDER;
            return new BreachNotes(gone, gone, gone, gone, gone, gone, gone);
        }
        try {
            return JSON.readValue(clear.get(), BreachNotes.class);
        } catch (IOException e) {
            throw new IllegalStateException("the sealed notes of breach report " + drafted.reportId() + " are unreadable");
        }
    }
}
