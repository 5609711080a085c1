package jp.mnledger.query.access;

import java.time.Instant;
import java.util.List;
import jp.mnledger.kernel.access.AccessDeniedEvent;
import jp.mnledger.kernel.access.AccessLogEntryResponse;
import jp.mnledger.kernel.access.FetchAccessLogQuery;
import jp.mnledger.kernel.access.FetchHandlerRegisterQuery;
import jp.mnledger.kernel.access.HandlerRegisterEntryResponse;
import jp.mnledger.kernel.access.PersonalDataAccessedEvent;
import jp.mnledger.kernel.audit.AuditMetadata;
import jp.mnledger.kernel.ledger.EvidenceExportedEvent;
import jp.mnledger.kernel.purpose.Purpose;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The access log (アクセスログ): every recorded authorisation decision, with who, what, why and from where,
 * for the responsible manager and the auditor — and every evidence export of the company. Also answers the handler
 * register query.
 */
@Component
@ProcessingGroup("access-log")
class AccessLogProjection {

    private final JdbcTemplate jdbc;

    AccessLogProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(AccessDeniedEvent event, EventMessage<?> message) {
        insert(message, event.userId(), "DENIED", event.messageType(), event.companyId(), event.subjectId(),
                event.purpose(), null, event.reason());
    }

    @EventHandler
    void on(PersonalDataAccessedEvent event, EventMessage<?> message) {
        insert(message, event.userId(), "GRANTED", event.messageType(), event.companyId(), event.subjectId(), null,
                event.role() == null ? null : event.role().name(), null);
    }

    /** An evidence export is a read of the company's whole record (ciphertext only): a line of its access log. */
    @EventHandler
    void on(EvidenceExportedEvent event, EventMessage<?> message) {
        insert(message, (String) message.getMetaData().get(AuditMetadata.ACTOR), "GRANTED", "ExportEvidenceCommand",
                event.companyId(), event.subjectId(), null, (String) message.getMetaData().get(AuditMetadata.ROLE), null);
    }

    @ResetHandler
    void reset() {
        jdbc.update("TRUNCATE read_model.access_log");
    }

    private void insert(EventMessage<?> message, String userId, String outcome, String action, String companyId,
                        String subjectId, String purpose, String role, String reason) {
        jdbc.update("""
                INSERT INTO read_model.access_log (event_id, occurred_at, user_id, outcome, action, company_id, subject_id,
                                                   purpose, role, reason, client_address, request_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""",
                message.getIdentifier(), java.sql.Timestamp.from(message.getTimestamp()), userId, outcome, action,
                companyId, subjectId, purpose, role, reason,
                (String) message.getMetaData().get(AuditMetadata.CLIENT_ADDRESS),
                (String) message.getMetaData().get(AuditMetadata.REQUEST_ID));
    }

    @QueryHandler
    List<AccessLogEntryResponse> handle(FetchAccessLogQuery query) {
        int limit = query.limit() <= 0 || query.limit() > 1000 ? 200 : query.limit();
        return jdbc.query("""
                SELECT l.occurred_at, l.user_id, u.username, l.outcome, l.action, l.subject_id, l.purpose, l.role, l.reason,
                       l.client_address, l.request_id
                FROM read_model.access_log l LEFT JOIN read_model.user_account u ON u.user_id = l.user_id
                WHERE l.company_id = ? ORDER BY l.occurred_at DESC, l.event_id LIMIT ?""",
                (rs, i) -> new AccessLogEntryResponse(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                        rs.getString(9), rs.getString(10), rs.getString(11)),
                query.companyId(), limit);
    }

    @QueryHandler
    List<HandlerRegisterEntryResponse> handle(FetchHandlerRegisterQuery query) {
        return jdbc.query("""
                SELECT h.user_id, coalesce(h.username, u.username), coalesce(r.current_version, 0), h.training_version,
                       h.trained_at, h.pledge_version, h.pledged_at, h.appointed, h.purposes, h.appointed_at, h.dismissed_at
                FROM read_model.handler_register h
                LEFT JOIN read_model.handling_rules r ON r.company_id = h.company_id
                LEFT JOIN read_model.user_account u ON u.user_id = h.user_id
                WHERE h.company_id = ? ORDER BY 2""",
                (rs, i) -> {
                    int current = rs.getInt(3);
                    return new HandlerRegisterEntryResponse(rs.getString(1), rs.getString(2), current, rs.getInt(4),
                            instant(rs.getTimestamp(5)), rs.getInt(6), instant(rs.getTimestamp(7)), rs.getBoolean(8),
                            Purpose.fromCsv(rs.getString(9)).stream().sorted().toList(), instant(rs.getTimestamp(10)),
                            instant(rs.getTimestamp(11)),
                            current > 0 && rs.getInt(4) == current && rs.getInt(6) == current);
                },
                query.companyId());
    }

    private static Instant instant(java.sql.Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

}
