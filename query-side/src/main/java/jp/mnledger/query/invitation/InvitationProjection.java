package jp.mnledger.query.invitation;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import jp.mnledger.kernel.audit.AuditMetadata;
import jp.mnledger.kernel.invitation.FetchInvitationsQuery;
import jp.mnledger.kernel.invitation.InvitationCompletedEvent;
import jp.mnledger.kernel.invitation.InvitationIssuedEvent;
import jp.mnledger.kernel.invitation.InvitationRedeemedEvent;
import jp.mnledger.kernel.invitation.InvitationResponse;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Every invitation of a subject and what became of it: issued (by whom), opened (the last time), completed
 * with its receipt id and counts, or expired unsent. A payee's yearly links all stay listed.
 */
@Component
@ProcessingGroup("invitations")
class InvitationProjection {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    InvitationProjection(JdbcTemplate jdbc, ObjectProvider<Clock> clock) {
        this.jdbc = jdbc;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    @EventHandler
    void on(InvitationIssuedEvent event, EventMessage<?> message) {
        jdbc.update("""
                INSERT INTO read_model.invitation (invitation_id, subject_id, company_id, issued_at, issued_by, expires_at)
                VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""", event.invitationId(), event.subjectId(),
                event.companyId(), java.sql.Timestamp.from(message.getTimestamp()),
                message.getMetaData().get(AuditMetadata.ACTOR), java.sql.Timestamp.from(event.expiresAt()));
    }

    @EventHandler
    void on(InvitationRedeemedEvent event, @Timestamp Instant at) {
        jdbc.update("UPDATE read_model.invitation SET redeemed_at = ? WHERE invitation_id = ?",
                java.sql.Timestamp.from(at), event.invitationId());
    }

    @EventHandler
    void on(InvitationCompletedEvent event, @Timestamp Instant at) {
        jdbc.update("""
                UPDATE read_model.invitation SET completed_at = ?, receipt_id = ?, own_number_sent = ?, dependents_added = ?,
                    images_sent = ? WHERE invitation_id = ?""", java.sql.Timestamp.from(at), event.receiptId(),
                event.ownNumberSent(), event.dependentsAdded(), event.imagesSent(), event.invitationId());
    }

    @ResetHandler
    void reset() {
        jdbc.update("TRUNCATE read_model.invitation");
    }

    @QueryHandler
    List<InvitationResponse> handle(FetchInvitationsQuery query) {
        Instant now = clock.instant();
        return jdbc.query("""
                SELECT i.invitation_id, i.subject_id, i.issued_at, u.username, i.expires_at, i.redeemed_at, i.completed_at,
                       i.receipt_id, i.own_number_sent, i.dependents_added, i.images_sent
                FROM read_model.invitation i LEFT JOIN read_model.user_account u ON u.user_id = i.issued_by
                WHERE i.company_id = ? AND i.subject_id = ?
                ORDER BY i.issued_at DESC, i.invitation_id""", (rs, n) -> {
            Instant expires = rs.getTimestamp(5).toInstant();
            Instant redeemed = instant(rs.getTimestamp(6));
            Instant completed = instant(rs.getTimestamp(7));
            String state = completed != null ? "COMPLETED" : !now.isBefore(expires) ? "EXPIRED"
                    : redeemed != null ? "REDEEMED" : "ISSUED";
            return new InvitationResponse(rs.getString(1), rs.getString(2), state, rs.getTimestamp(3).toInstant(),
                    rs.getString(4), expires, redeemed, completed, rs.getString(8), rs.getBoolean(9), rs.getInt(10),
                    rs.getInt(11));
        }, query.companyId(), query.subjectId());
    }

    private static Instant instant(java.sql.Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
