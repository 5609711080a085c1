package jp.mnledger.command.lookup;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import jp.mnledger.kernel.access.AccessTarget;
import jp.mnledger.kernel.access.Grant;
import jp.mnledger.kernel.access.Principal;
import jp.mnledger.kernel.access.Role;
import jp.mnledger.kernel.identity.ClientCompanyAddedEvent;
import jp.mnledger.kernel.identity.HandlerAppointedEvent;
import jp.mnledger.kernel.identity.HandlerDismissedEvent;
import jp.mnledger.kernel.identity.HandlingRulesPublishedEvent;
import jp.mnledger.kernel.identity.PledgeSignedEvent;
import jp.mnledger.kernel.identity.RoleGrantedEvent;
import jp.mnledger.kernel.identity.RoleRevokedEvent;
import jp.mnledger.kernel.identity.TrainingCompletedEvent;
import jp.mnledger.kernel.invitation.InvitationActor;
import jp.mnledger.kernel.purpose.Purpose;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Who holds which grants, as the command side's authorisation needs it: roles in their scopes, the
 * offices' client companies, the current handling rules and each handler's training, pledge and
 * appointment. Kept in the command's own transaction (subscribing group {@value JdbcSubjectDirectory#PROCESSING_GROUP}),
 * so a revoked appointment is refused from the very next command.
 */
@Component
@ProcessingGroup(JdbcSubjectDirectory.PROCESSING_GROUP)
public class AccessDirectory {

    private final JdbcTemplate jdbc;

    AccessDirectory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(ClientCompanyAddedEvent event) {
        jdbc.update("INSERT INTO command_lookup.office_client (company_id, office_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
                event.companyId(), event.officeId());
    }

    @EventHandler
    void on(RoleGrantedEvent event) {
        jdbc.update("""
                INSERT INTO command_lookup.role_grant (user_id, role, office_id, company_id, subject_id)
                VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""",
                event.userId(), event.role().name(), blank(event.officeId()), blank(event.companyId()), blank(event.subjectId()));
    }

    @EventHandler
    void on(RoleRevokedEvent event) {
        jdbc.update("""
                DELETE FROM command_lookup.role_grant
                WHERE user_id = ? AND role = ? AND office_id = ? AND company_id = ? AND subject_id = ?""",
                event.userId(), event.role().name(), blank(event.officeId()), blank(event.companyId()), blank(event.subjectId()));
    }

    @EventHandler
    void on(HandlingRulesPublishedEvent event) {
        jdbc.update("""
                INSERT INTO command_lookup.handling_rules (company_id, current_version) VALUES (?, ?)
                ON CONFLICT (company_id) DO UPDATE SET current_version = EXCLUDED.current_version""",
                event.companyId(), event.version());
    }

    @EventHandler
    void on(TrainingCompletedEvent event) {
        qualification(event.companyId(), event.userId(), "training_version = ?", event.rulesVersion());
    }

    @EventHandler
    void on(PledgeSignedEvent event) {
        qualification(event.companyId(), event.userId(), "pledge_version = ?", event.rulesVersion());
    }

    @EventHandler
    void on(HandlerAppointedEvent event) {
        qualification(event.companyId(), event.userId(), "appointed = TRUE, purposes = ?",
                Purpose.toCsv(event.purposes()));
    }

    @EventHandler
    void on(HandlerDismissedEvent event) {
        qualification(event.companyId(), event.userId(), "appointed = FALSE, purposes = ?", "");
    }

    private void qualification(String companyId, String userId, String assignment, Object value) {
        jdbc.update("INSERT INTO command_lookup.handler_qualification (company_id, user_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
                companyId, userId);
        jdbc.update("UPDATE command_lookup.handler_qualification SET " + assignment + " WHERE company_id = ? AND user_id = ?",
                value, companyId, userId);
    }

    /** Every grant the user holds now; a handler's pledge counts only if training and pledge match the current rules. */
    public Principal principal(String userId) {
        List<Grant> grants = new ArrayList<>(jdbc.query(
                "SELECT role, office_id, company_id, subject_id FROM command_lookup.role_grant WHERE user_id = ?",
                (rs, i) -> new Grant(Role.valueOf(rs.getString(1)), nullIfBlank(rs.getString(2)),
                        nullIfBlank(rs.getString(3)), nullIfBlank(rs.getString(4)), Set.of(), false),
                userId));
        grants.addAll(jdbc.query("""
                SELECT q.company_id, q.purposes,
                       (q.training_version = r.current_version AND q.pledge_version = r.current_version) AS current
                FROM command_lookup.handler_qualification q
                JOIN command_lookup.handling_rules r ON r.company_id = q.company_id
                WHERE q.user_id = ? AND q.appointed""",
                (rs, i) -> Grant.handler(rs.getString(1), Purpose.fromCsv(rs.getString(2)), rs.getBoolean(3)), userId));
        // An invitation's session (ADR 0021): the person themself, for the invited subject, while the link is open.
        String invitationId = InvitationActor.invitationId(userId);
        if (invitationId != null) {
            grants.addAll(jdbc.query("""
                    SELECT company_id, subject_id FROM command_lookup.invitation
                    WHERE invitation_id = ? AND NOT completed AND expires_at > now()""",
                    (rs, i) -> Grant.selfService(rs.getString(1), rs.getString(2)), invitationId));
        }
        return new Principal(userId, Set.copyOf(grants));
    }

    /** The company's office and the subject's owner (a dependent's employee), for the policy. */
    public AccessTarget target(String companyId, String subjectId, Purpose purpose) {
        String office = companyId == null ? null : jdbc.queryForList(
                "SELECT office_id FROM command_lookup.office_client WHERE company_id = ?", String.class, companyId)
                .stream().findFirst().orElse(null);
        String owner = subjectId == null ? null : jdbc.queryForList(
                "SELECT coalesce(related_subject_id, subject_id) FROM command_lookup.subject WHERE subject_id = ? AND company_id = ?",
                String.class, subjectId, companyId).stream().findFirst().orElse(null);
        return new AccessTarget(companyId, office, subjectId, owner, purpose);
    }

    private static String blank(String value) {
        return value == null ? "" : value;
    }

    private static String nullIfBlank(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
