package jp.mnledger.query.retention;

import java.sql.Date;
import java.sql.Timestamp;

import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import jp.mnledger.kernel.audit.AuditMetadata;
import jp.mnledger.kernel.error.DomainException;
import jp.mnledger.kernel.error.ErrorCode;
import jp.mnledger.kernel.purpose.Purpose;
import jp.mnledger.kernel.retention.DisposalConfirmationPolicySetEvent;
import jp.mnledger.kernel.retention.DisposalProposedEvent;
import jp.mnledger.kernel.retention.DisposalRecordResponse;
import jp.mnledger.kernel.retention.DueDisposalResponse;
import jp.mnledger.kernel.retention.FetchDisposalRecordsQuery;
import jp.mnledger.kernel.retention.FetchDueDisposalsQuery;
import jp.mnledger.kernel.retention.FetchRetentionScheduleQuery;
import jp.mnledger.kernel.retention.RetentionDue;
import jp.mnledger.kernel.retention.RetentionFacts;
import jp.mnledger.kernel.retention.RetentionOverrideSetEvent;
import jp.mnledger.kernel.retention.RetentionPolicy;
import jp.mnledger.kernel.retention.RetentionScheduleEntryResponse;
import jp.mnledger.kernel.retention.SubjectDisposedEvent;
import jp.mnledger.kernel.subject.EmploymentRecordedEvent;
import jp.mnledger.kernel.subject.MyNumberAcquiredEvent;
import jp.mnledger.kernel.subject.MyNumberCorrectedEvent;
import jp.mnledger.kernel.subject.MyNumberProvidedEvent;
import jp.mnledger.kernel.subject.SubjectKind;
import jp.mnledger.kernel.subject.SubjectRegisteredEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The retention schedule. For each subject it keeps the facts its events record (kind, employee, number held,
 * purposes notified, employment dates, last provision per purpose) and recomputes the disposal date with the
 * {@link RetentionPolicy} and the company's overrides whenever one changes. A dependent follows its employee's
 * dates, so a change to an employee recomputes its dependents. Dates of provisions are days in Japan.
 */
@Component
@ProcessingGroup("retention-schedule")
class RetentionScheduleProjection {

    static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    private final JdbcTemplate jdbc;
    private final RetentionPolicy policy = RetentionPolicy.current();

    RetentionScheduleProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(SubjectRegisteredEvent event) {
        jdbc.update("""
                INSERT INTO read_model.retention_facts (subject_id, company_id, kind, related_subject_id, employee_code)
                VALUES (?, ?, ?, ?, ?) ON CONFLICT (subject_id) DO NOTHING""",
                event.subjectId(), event.companyId(), event.kind().name(), event.relatedSubjectId(), event.employeeCode());
    }

    @EventHandler
    void on(MyNumberAcquiredEvent event) {
        jdbc.update("UPDATE read_model.retention_facts SET number_held = TRUE, purposes_notified = ? WHERE subject_id = ?",
                Purpose.toCsv(event.purposesNotified()), event.subjectId());
        recompute(event.subjectId());
    }

    @EventHandler
    void on(MyNumberCorrectedEvent event) {
        jdbc.update("UPDATE read_model.retention_facts SET number_held = TRUE WHERE subject_id = ?", event.subjectId());
        recompute(event.subjectId());
    }

    @EventHandler
    void on(EmploymentRecordedEvent event) {
        switch (event.change()) {
            case STARTED -> jdbc.update("""
                    UPDATE read_model.retention_facts SET employment_started_on = ?, employment_ended_on = NULL
                    WHERE subject_id = ?""", Date.valueOf(event.effectiveOn()), event.subjectId());
            case ENDED -> jdbc.update("UPDATE read_model.retention_facts SET employment_ended_on = ? WHERE subject_id = ?",
                    Date.valueOf(event.effectiveOn()), event.subjectId());
            case DECEASED -> jdbc.update("UPDATE read_model.retention_facts SET deceased_on = ? WHERE subject_id = ?",
                    Date.valueOf(event.effectiveOn()), event.subjectId());
        }
        recompute(event.subjectId());
    }

    @EventHandler
    void on(MyNumberProvidedEvent event, EventMessage<?> message) {
        List<String> stored = jdbc.queryForList("SELECT last_provisions FROM read_model.retention_facts WHERE subject_id = ?",
                String.class, event.subjectId());
        if (stored.isEmpty()) {
            return;
        }
        Map<Purpose, LocalDate> provisions = provisions(stored.get(0));
        provisions.merge(event.purpose(), LocalDate.ofInstant(message.getTimestamp(), JAPAN),
                (a, b) -> a.isAfter(b) ? a : b);
        jdbc.update("UPDATE read_model.retention_facts SET last_provisions = ? WHERE subject_id = ?",
                provisions.entrySet().stream().map(e -> e.getKey().name() + "=" + e.getValue())
                        .sorted().collect(Collectors.joining(",")), event.subjectId());
        recompute(event.subjectId());
    }

    @EventHandler
    void on(DisposalProposedEvent event) {
        jdbc.update("UPDATE read_model.retention_facts SET status = 'PROPOSED' WHERE subject_id = ? AND status = 'HELD'",
                event.subjectId());
    }

    @EventHandler
    void on(SubjectDisposedEvent event, EventMessage<?> message) {
        jdbc.update("UPDATE read_model.retention_facts SET status = 'DISPOSED', number_held = FALSE WHERE subject_id = ?",
                event.subjectId());
        Map<String, ?> meta = message.getMetaData();
        jdbc.update("""
                INSERT INTO read_model.disposal_record (subject_id, company_id, kind, employee_code, due_on, document_type_id,
                    basis, method, certificate_id, automatic, disposed_at, confirmed_by, confirmed_role, event_id)
                SELECT f.subject_id, f.company_id, f.kind, f.employee_code, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?
                FROM read_model.retention_facts f WHERE f.subject_id = ?
                ON CONFLICT (subject_id) DO NOTHING""",
                Date.valueOf(event.dueOn()), event.documentTypeId(), event.basis(), event.method(), event.certificateId(),
                event.automatic(), Timestamp.from(message.getTimestamp()), meta.get(AuditMetadata.ACTOR),
                meta.get(AuditMetadata.ROLE), message.getIdentifier(), event.subjectId());
    }

    @EventHandler
    void on(RetentionOverrideSetEvent event, EventMessage<?> message) {
        jdbc.update("""
                INSERT INTO read_model.retention_override (company_id, document_type_id, period, reason, set_at)
                VALUES (?, ?, ?, ?, ?) ON CONFLICT (company_id, document_type_id)
                DO UPDATE SET period = EXCLUDED.period, reason = EXCLUDED.reason, set_at = EXCLUDED.set_at""",
                event.companyId(), event.documentTypeId(), event.period(), event.reason(),
                Timestamp.from(message.getTimestamp()));
        jdbc.queryForList("SELECT subject_id FROM read_model.retention_facts WHERE company_id = ? AND status = 'HELD'",
                String.class, event.companyId()).forEach(this::recomputeOne);
    }

    @EventHandler
    void on(DisposalConfirmationPolicySetEvent event) {
        jdbc.update("""
                INSERT INTO read_model.disposal_policy (company_id, automatic) VALUES (?, ?)
                ON CONFLICT (company_id) DO UPDATE SET automatic = EXCLUDED.automatic""", event.companyId(), event.automatic());
    }

    @ResetHandler
    void reset() {
        jdbc.update("TRUNCATE read_model.retention_facts, read_model.retention_override, read_model.disposal_policy, "
                + "read_model.disposal_record");
    }

    /** The subject, and the dependents of an employee (whose dates are theirs). */
    private void recompute(String subjectId) {
        recomputeOne(subjectId);
        jdbc.queryForList("SELECT subject_id FROM read_model.retention_facts WHERE related_subject_id = ?", String.class,
                subjectId).forEach(this::recomputeOne);
    }

    private record Row(String companyId, SubjectKind kind, String relatedSubjectId, boolean numberHeld, String purposes,
                       LocalDate started, LocalDate ended, LocalDate deceased, String provisions) {
    }

    private Row row(String subjectId) {
        return jdbc.query("""
                SELECT company_id, kind, related_subject_id, number_held, purposes_notified, employment_started_on,
                       employment_ended_on, deceased_on, last_provisions
                FROM read_model.retention_facts WHERE subject_id = ?""",
                (rs, i) -> new Row(rs.getString(1), SubjectKind.valueOf(rs.getString(2)), rs.getString(3), rs.getBoolean(4),
                        rs.getString(5), date(rs.getDate(6)), date(rs.getDate(7)), date(rs.getDate(8)), rs.getString(9)),
                subjectId).stream().findFirst().orElse(null);
    }

    private void recomputeOne(String subjectId) {
        Row row = row(subjectId);
        if (row == null) {
            return;
        }
        // A dependent's number sits in its employee's documents: the employee's dates and provisions decide.
        Row dates = row.kind() == SubjectKind.DEPENDENT && row.relatedSubjectId() != null ? row(row.relatedSubjectId()) : row;
        if (dates == null) {
            dates = row;
        }
        RetentionFacts facts = new RetentionFacts(row.kind(), row.numberHeld(), Purpose.fromCsv(row.purposes()),
                dates.started(), dates.ended(), dates.deceased(), provisions(dates.provisions()));
        RetentionDue due = policy.due(facts, overrides(row.companyId()));
        jdbc.update("""
                UPDATE read_model.retention_facts SET due_on = ?, document_type_id = ?, document_name = ?, basis = ?,
                       unverified = ?
                WHERE subject_id = ?""",
                due.dueOn() == null ? null : Date.valueOf(due.dueOn()), due.documentTypeId(), due.documentNameJa(),
                due.basis(), due.unverified(), subjectId);
    }

    private Map<String, Period> overrides(String companyId) {
        Map<String, Period> overrides = new HashMap<>();
        jdbc.query("SELECT document_type_id, period FROM read_model.retention_override WHERE company_id = ?",
                rs -> {
                    overrides.put(rs.getString(1), Period.parse(rs.getString(2)));
                }, companyId);
        return overrides;
    }

    private static Map<Purpose, LocalDate> provisions(String csv) {
        Map<Purpose, LocalDate> provisions = new EnumMap<>(Purpose.class);
        if (csv != null && !csv.isBlank()) {
            for (String pair : csv.split(",")) {
                String[] kv = pair.split("=");
                provisions.put(Purpose.valueOf(kv[0]), LocalDate.parse(kv[1]));
            }
        }
        return provisions;
    }

    private static LocalDate date(java.sql.Date date) {
        return date == null ? null : date.toLocalDate();
    }

    @QueryHandler
    List<RetentionScheduleEntryResponse> handle(FetchRetentionScheduleQuery query) {
        requireCompany(query.companyId());
        return jdbc.query("""
                SELECT f.subject_id, f.kind, s.display_name, f.employee_code, f.related_subject_id, f.due_on,
                       f.document_type_id, f.document_name, f.basis, f.unverified, f.status
                FROM read_model.retention_facts f LEFT JOIN read_model.subject s ON s.subject_id = f.subject_id
                WHERE f.company_id = ? AND (f.number_held OR f.status <> 'HELD')
                ORDER BY f.due_on NULLS LAST, f.subject_id""",
                (rs, i) -> new RetentionScheduleEntryResponse(rs.getString(1), SubjectKind.valueOf(rs.getString(2)),
                        rs.getString(3), rs.getString(4), rs.getString(5), date(rs.getDate(6)), rs.getString(7),
                        rs.getString(8), rs.getString(9), rs.getBoolean(10), rs.getString(11)),
                query.companyId());
    }

    @QueryHandler
    List<DueDisposalResponse> handle(FetchDueDisposalsQuery query) {
        return jdbc.query("""
                SELECT f.subject_id, f.due_on, f.document_type_id, f.basis, coalesce(p.automatic, FALSE), f.status
                FROM read_model.retention_facts f LEFT JOIN read_model.disposal_policy p ON p.company_id = f.company_id
                WHERE f.company_id = ? AND f.number_held AND f.due_on <= ?
                  AND (f.status = 'HELD' OR (f.status = 'PROPOSED' AND coalesce(p.automatic, FALSE)))
                ORDER BY f.due_on, f.subject_id""",
                (rs, i) -> new DueDisposalResponse(rs.getString(1), rs.getDate(2).toLocalDate(), rs.getString(3),
                        rs.getString(4), rs.getBoolean(5), rs.getString(6).equals("PROPOSED")),
                query.companyId(), Date.valueOf(query.asOf()));
    }

    @QueryHandler
    List<DisposalRecordResponse> handle(FetchDisposalRecordsQuery query) {
        requireCompany(query.companyId());
        List<DisposalRecordResponse> records = jdbc.query("""
                SELECT d.subject_id, d.kind, d.employee_code, d.due_on, d.document_type_id, d.basis, d.method,
                       d.certificate_id, d.automatic, d.disposed_at, d.confirmed_by, u.username, d.confirmed_role, d.event_id
                FROM read_model.disposal_record d LEFT JOIN read_model.user_account u ON u.user_id = d.confirmed_by
                WHERE d.company_id = ? AND (CAST(? AS VARCHAR) IS NULL OR d.certificate_id = ?)
                ORDER BY d.disposed_at DESC, d.subject_id""",
                (rs, i) -> new DisposalRecordResponse(rs.getString(1), SubjectKind.valueOf(rs.getString(2)), rs.getString(3),
                        rs.getDate(4).toLocalDate(), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                        rs.getBoolean(9), rs.getTimestamp(10).toInstant(), rs.getString(11), rs.getString(12),
                        rs.getString(13), rs.getString(14)),
                query.companyId(), query.certificateId(), query.certificateId());
        if (query.certificateId() != null && records.isEmpty()) {
            throw new DomainException(ErrorCode.CERTIFICATE_NOT_FOUND);
        }
        return records;
    }

    private void requireCompany(String companyId) {
        jp.mnledger.query.ReadModelCompanies.require(jdbc, companyId);
    }

}
