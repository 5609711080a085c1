package jp.mnledger.query.subject;

import java.time.Instant;
import java.util.List;
import jp.mnledger.kernel.purpose.Purpose;
import jp.mnledger.kernel.error.DomainException;
import jp.mnledger.kernel.error.ErrorCode;
import jp.mnledger.kernel.number.MyNumber;
import jp.mnledger.kernel.seal.PersonalField;
import jp.mnledger.kernel.seal.SealedValueOpener;
import jp.mnledger.kernel.subject.AcknowledgementSignedEvent;
import jp.mnledger.kernel.subject.FetchSubjectsQuery;
import jp.mnledger.kernel.subject.MyNumberAcquiredEvent;
import jp.mnledger.kernel.subject.MyNumberCorrectedEvent;
import jp.mnledger.kernel.subject.MyNumberRefusedEvent;
import jp.mnledger.kernel.subject.MyNumberVerifiedEvent;
import jp.mnledger.kernel.subject.MyNumberStatus;
import jp.mnledger.kernel.subject.SubjectKind;
import jp.mnledger.kernel.subject.EmploymentChange;
import jp.mnledger.kernel.subject.EmploymentRecordedEvent;
import jp.mnledger.kernel.subject.Relationship;
import jp.mnledger.kernel.subject.FetchDependentsQuery;
import jp.mnledger.kernel.subject.SubjectRegisteredEvent;
import jp.mnledger.kernel.subject.SubjectSummaryResponse;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The masked subject list: who the company's subjects are and where each number stands. The number is
 * never read and never stored here; {@code myNumberMasked} is always the full mask. The display name is
 * opened from its sealed form, or shows the disposal placeholder once the subject's key is destroyed.
 */
@Component
@ProcessingGroup(SubjectListProjection.PROCESSING_GROUP)
class SubjectListProjection {

    static final String PROCESSING_GROUP = "subject-list";

    private final JdbcTemplate jdbc;
    private final SealedValueOpener opener;

    SubjectListProjection(JdbcTemplate jdbc, SealedValueOpener opener) {
        this.jdbc = jdbc;
        this.opener = opener;
    }

    @EventHandler
    void on(SubjectRegisteredEvent event, @Timestamp Instant occurredAt) {
        String displayName = opener.open(event.subjectId(), PersonalField.DISPLAY_NAME, event.displayName())
                .orElse(SealedValueOpener.DISPOSED_PLACEHOLDER);
        jdbc.update("""
                INSERT INTO read_model.subject (subject_id, company_id, kind, display_name, employee_code,
                                                related_subject_id, relationship, occupation, my_number_status,
                                                registered_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (subject_id) DO NOTHING""",
                event.subjectId(), event.companyId(), event.kind().name(), displayName, event.employeeCode(),
                event.relatedSubjectId(), event.relationship() == null ? null : event.relationship().name(),
                event.occupation(), MyNumberStatus.NOT_ACQUIRED.name(), java.sql.Timestamp.from(occurredAt));
    }

    @EventHandler
    void on(MyNumberAcquiredEvent event) {
        jdbc.update("UPDATE read_model.subject SET my_number_status = ?, purposes_notified = ? WHERE subject_id = ?",
                MyNumberStatus.ACQUIRED.name(),
                Purpose.toCsv(event.purposesNotified()),
                event.subjectId());
    }

    @EventHandler
    void on(MyNumberVerifiedEvent event) {
        jdbc.update("UPDATE read_model.subject SET my_number_status = ? WHERE subject_id = ?",
                MyNumberStatus.VERIFIED.name(), event.subjectId());
    }

    @EventHandler
    void on(AcknowledgementSignedEvent event) {
        jdbc.update("UPDATE read_model.subject SET acknowledged_version = GREATEST(acknowledged_version, ?) WHERE subject_id = ?",
                event.rulesVersion(), event.subjectId());
    }

    /** A replaced number is held but not yet verified again. */
    @EventHandler
    void on(MyNumberCorrectedEvent event) {
        jdbc.update("UPDATE read_model.subject SET my_number_status = ? WHERE subject_id = ?",
                MyNumberStatus.ACQUIRED.name(), event.subjectId());
    }

    /** Leaving or dying sets the day; a new start (rehired) clears it. */
    @EventHandler
    void on(EmploymentRecordedEvent event) {
        jdbc.update("UPDATE read_model.subject SET left_on = ? WHERE subject_id = ?",
                event.change() == EmploymentChange.STARTED ? null : java.sql.Date.valueOf(event.effectiveOn()),
                event.subjectId());
    }

    @EventHandler
    void on(MyNumberRefusedEvent event) {
        jdbc.update("UPDATE read_model.subject SET my_number_status = ? WHERE subject_id = ?",
                MyNumberStatus.REFUSED.name(), event.subjectId());
    }

    @EventHandler
    void on(jp.mnledger.kernel.retention.DisposalProposedEvent event) {
        jdbc.update("UPDATE read_model.subject SET my_number_status = ? WHERE subject_id = ? AND my_number_status <> ?",
                MyNumberStatus.DISPOSAL_DUE.name(), event.subjectId(), MyNumberStatus.DISPOSED.name());
    }

    /** 廃棄済: the name goes with the key; only the placeholder and the company's own code remain. */
    @EventHandler
    void on(jp.mnledger.kernel.retention.SubjectDisposedEvent event) {
        jdbc.update("UPDATE read_model.subject SET my_number_status = ?, display_name = ?, purposes_notified = '' "
                        + "WHERE subject_id = ?",
                MyNumberStatus.DISPOSED.name(), SealedValueOpener.DISPOSED_PLACEHOLDER, event.subjectId());
    }

    @ResetHandler
    void reset() {
        jdbc.update("TRUNCATE read_model.subject");
    }

    @QueryHandler
    List<SubjectSummaryResponse> handle(FetchSubjectsQuery query) {
        requireCompany(query.companyId());
        return jdbc.query(SUMMARY + " WHERE company_id = ? ORDER BY registered_at, subject_id", SubjectListProjection::summary,
                query.companyId());
    }

    /** 扶養親族: the dependents of one employee-like subject; an unknown employee is a 404, not an empty list. */
    @QueryHandler
    List<SubjectSummaryResponse> handle(FetchDependentsQuery query) {
        requireCompany(query.companyId());
        Boolean employed = jdbc.queryForObject("""
                SELECT EXISTS (SELECT 1 FROM read_model.subject WHERE company_id = ? AND subject_id = ?
                               AND kind IN ('OFFICER', 'EMPLOYEE', 'PART_TIME', 'CONTRACT'))""",
                Boolean.class, query.companyId(), query.employeeId());
        if (!Boolean.TRUE.equals(employed)) {
            throw new DomainException(ErrorCode.SUBJECT_NOT_FOUND);
        }
        return jdbc.query(SUMMARY + " WHERE company_id = ? AND related_subject_id = ? ORDER BY registered_at, subject_id",
                SubjectListProjection::summary, query.companyId(), query.employeeId());
    }

    private static final String SUMMARY = """
            SELECT subject_id, kind, display_name, employee_code, related_subject_id, relationship, occupation,
                   my_number_status, acknowledged_version
            FROM read_model.subject""";

    private static SubjectSummaryResponse summary(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        String relationship = rs.getString(6);
        return new SubjectSummaryResponse(rs.getString(1), SubjectKind.valueOf(rs.getString(2)), rs.getString(3),
                rs.getString(4), rs.getString(5), relationship == null ? null : Relationship.valueOf(relationship),
                rs.getString(7), MyNumberStatus.valueOf(rs.getString(8)), MyNumber.MASK, rs.getInt(9));
    }

    private void requireCompany(String companyId) {
        jp.mnledger.query.ReadModelCompanies.require(jdbc, companyId);
    }
}
