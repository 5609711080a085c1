package jp.mnledger.query.access;

import java.time.Instant;
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
import jp.mnledger.kernel.identity.UserAccountCreatedEvent;
import jp.mnledger.kernel.purpose.Purpose;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The query side's record of grants and of the handler register (取扱担当者の研修・誓約・任命): from the
 * same events the command side decides on, so both sides enforce the same policy on the same facts.
 */
@Component
@ProcessingGroup(GrantProjection.PROCESSING_GROUP)
public class GrantProjection {

    public static final String PROCESSING_GROUP = "access-grants";

    private final JdbcTemplate jdbc;

    GrantProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(UserAccountCreatedEvent event) {
        jdbc.update("INSERT INTO read_model.user_account (user_id, username) VALUES (?, ?) ON CONFLICT DO NOTHING",
                event.userId(), event.username());
    }

    @EventHandler
    void on(ClientCompanyAddedEvent event) {
        jdbc.update("INSERT INTO read_model.office_client (company_id, office_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
                event.companyId(), event.officeId());
    }

    @EventHandler
    void on(RoleGrantedEvent event) {
        jdbc.update("""
                INSERT INTO read_model.role_grant (user_id, role, office_id, company_id, subject_id)
                VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""",
                event.userId(), event.role().name(), blank(event.officeId()), blank(event.companyId()), blank(event.subjectId()));
    }

    @EventHandler
    void on(RoleRevokedEvent event) {
        jdbc.update("""
                DELETE FROM read_model.role_grant
                WHERE user_id = ? AND role = ? AND office_id = ? AND company_id = ? AND subject_id = ?""",
                event.userId(), event.role().name(), blank(event.officeId()), blank(event.companyId()), blank(event.subjectId()));
    }

    @EventHandler
    void on(HandlingRulesPublishedEvent event, @Timestamp Instant at) {
        jdbc.update("""
                INSERT INTO read_model.handling_rules (company_id, current_version, title, published_at) VALUES (?, ?, ?, ?)
                ON CONFLICT (company_id) DO UPDATE SET current_version = EXCLUDED.current_version, title = EXCLUDED.title,
                published_at = EXCLUDED.published_at""",
                event.companyId(), event.version(), event.title(), java.sql.Timestamp.from(at));
    }

    @EventHandler
    void on(TrainingCompletedEvent event, @Timestamp Instant at) {
        register(event.companyId(), event.userId(), "training_version = ?, trained_at = ?", event.rulesVersion(), at);
    }

    @EventHandler
    void on(PledgeSignedEvent event, @Timestamp Instant at) {
        register(event.companyId(), event.userId(), "pledge_version = ?, pledged_at = ?", event.rulesVersion(), at);
    }

    @EventHandler
    void on(HandlerAppointedEvent event, @Timestamp Instant at) {
        register(event.companyId(), event.userId(), "appointed = TRUE, dismissed_at = NULL, purposes = ?, appointed_at = ?",
                Purpose.toCsv(event.purposes()), at);
    }

    @EventHandler
    void on(HandlerDismissedEvent event, @Timestamp Instant at) {
        register(event.companyId(), event.userId(), "appointed = FALSE, purposes = '', dismissed_at = ?", null, at);
    }

    @ResetHandler
    void reset() {
        jdbc.update("TRUNCATE read_model.user_account, read_model.office_client, read_model.role_grant,"
                + " read_model.handling_rules, read_model.handler_register");
    }

    private void register(String companyId, String userId, String assignment, Object value, Instant at) {
        jdbc.update("""
                INSERT INTO read_model.handler_register (company_id, user_id, username)
                VALUES (?, ?, (SELECT username FROM read_model.user_account WHERE user_id = ?)) ON CONFLICT DO NOTHING""",
                companyId, userId, userId);
        String sql = "UPDATE read_model.handler_register SET " + assignment + " WHERE company_id = ? AND user_id = ?";
        if (value == null) {
            jdbc.update(sql, java.sql.Timestamp.from(at), companyId, userId);
        } else {
            jdbc.update(sql, value, java.sql.Timestamp.from(at), companyId, userId);
        }
    }

    /** Every grant the user holds, as far as this side has seen. */
    public Principal principal(String userId) {
        List<Grant> grants = new ArrayList<>(jdbc.query(
                "SELECT role, office_id, company_id, subject_id FROM read_model.role_grant WHERE user_id = ?",
                (rs, i) -> new Grant(Role.valueOf(rs.getString(1)), nullIfBlank(rs.getString(2)),
                        nullIfBlank(rs.getString(3)), nullIfBlank(rs.getString(4)), Set.of(), false), userId));
        grants.addAll(jdbc.query("""
                SELECT h.company_id, h.purposes,
                       (h.training_version = r.current_version AND h.pledge_version = r.current_version) AS current
                FROM read_model.handler_register h JOIN read_model.handling_rules r ON r.company_id = h.company_id
                WHERE h.user_id = ? AND h.appointed""",
                (rs, i) -> Grant.handler(rs.getString(1), Purpose.fromCsv(rs.getString(2)), rs.getBoolean(3)), userId));
        return new Principal(userId, Set.copyOf(grants));
    }

    public AccessTarget target(String companyId, String subjectId) {
        String office = companyId == null ? null : jdbc.queryForList(
                "SELECT office_id FROM read_model.office_client WHERE company_id = ?", String.class, companyId)
                .stream().findFirst().orElse(null);
        String owner = subjectId == null ? null : jdbc.queryForList(
                "SELECT coalesce(related_subject_id, subject_id) FROM read_model.subject WHERE subject_id = ?",
                String.class, subjectId).stream().findFirst().orElse(null);
        return new AccessTarget(companyId, office, subjectId, owner, null);
    }

    private static String blank(String value) {
        return value == null ? "" : value;
    }

    private static String nullIfBlank(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
