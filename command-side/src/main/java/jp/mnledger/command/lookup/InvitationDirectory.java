package jp.mnledger.command.lookup;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import jp.mnledger.kernel.invitation.InvitationCompletedEvent;
import jp.mnledger.kernel.invitation.InvitationIssuedEvent;
import jp.mnledger.kernel.invitation.InvitationStep;
import jp.mnledger.kernel.invitation.InvitationStepRecordedEvent;
import jp.mnledger.kernel.purpose.Purpose;
import jp.mnledger.kernel.subject.Relationship;
import jp.mnledger.kernel.subject.SubjectKind;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The invitations as the command side needs them: which subject a link's secret hash opens, until when, and
 * what its person has sent so far. Kept in the command's own transaction (subscribing group
 * {@value JdbcSubjectDirectory#PROCESSING_GROUP}), so a completed invitation opens nothing from the next
 * request on. Ids, codes and hashes only.
 */
@Component
@ProcessingGroup(JdbcSubjectDirectory.PROCESSING_GROUP)
public class InvitationDirectory {

    /** An invitation: its subject, kind, purposes, expiry and whether its submission was sent. */
    public record OpenInvitation(String invitationId, String companyId, String subjectId, SubjectKind subjectKind,
                                 List<Purpose> purposes, Instant expiresAt, boolean completed) {

        public boolean usableAt(Instant now) {
            return !completed && now.isBefore(expiresAt);
        }
    }

    /** One step taken: for whom, and a dependent's relationship. */
    public record Step(InvitationStep step, String aboutSubjectId, Relationship relationship) {
    }

    private final JdbcTemplate jdbc;

    InvitationDirectory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(InvitationIssuedEvent event) {
        jdbc.update("""
                INSERT INTO command_lookup.invitation (invitation_id, company_id, subject_id, subject_kind, secret_hash,
                    expires_at, purposes, completed)
                VALUES (?, ?, ?, ?, ?, ?, ?, FALSE) ON CONFLICT DO NOTHING""",
                event.invitationId(), event.companyId(), event.subjectId(), event.subjectKind().name(), event.secretHash(),
                Timestamp.from(event.expiresAt()), Purpose.toCsv(event.purposes()));
    }

    @EventHandler
    void on(InvitationStepRecordedEvent event) {
        jdbc.update("""
                INSERT INTO command_lookup.invitation_step (invitation_id, position, step, about_subject_id, relationship)
                VALUES (?, (SELECT count(*) FROM command_lookup.invitation_step WHERE invitation_id = ?), ?, ?, ?)""",
                event.invitationId(), event.invitationId(), event.step().name(), event.aboutSubjectId(),
                event.relationship() == null ? null : event.relationship().name());
    }

    @EventHandler
    void on(InvitationCompletedEvent event) {
        jdbc.update("UPDATE command_lookup.invitation SET completed = TRUE WHERE invitation_id = ?", event.invitationId());
        jdbc.update("DELETE FROM command_lookup.invitation_step WHERE invitation_id = ?", event.invitationId());
    }

    public Optional<OpenInvitation> bySecretHash(String secretHash) {
        return find("secret_hash = ?", secretHash);
    }

    public Optional<OpenInvitation> byId(String invitationId) {
        return find("invitation_id = ?", invitationId);
    }

    private Optional<OpenInvitation> find(String condition, String value) {
        return jdbc.query("""
                SELECT invitation_id, company_id, subject_id, subject_kind, purposes, expires_at, completed
                FROM command_lookup.invitation WHERE\s""" + condition, (rs, i) -> new OpenInvitation(rs.getString(1),
                rs.getString(2), rs.getString(3), SubjectKind.valueOf(rs.getString(4)),
                Purpose.fromCsv(rs.getString(5)).stream().sorted().toList(), rs.getTimestamp(6).toInstant(),
                rs.getBoolean(7)), value).stream().findFirst();
    }

    /** The steps of an open invitation, in order (a completed one keeps none here). */
    public List<Step> steps(String invitationId) {
        return jdbc.query("""
                SELECT step, about_subject_id, relationship FROM command_lookup.invitation_step
                WHERE invitation_id = ? ORDER BY position""", (rs, i) -> new Step(InvitationStep.valueOf(rs.getString(1)),
                rs.getString(2), rs.getString(3) == null ? null : Relationship.valueOf(rs.getString(3))), invitationId);
    }
}
