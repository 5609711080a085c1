package jp.mnledger.command.invitation;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import jp.mnledger.command.identity.Tokens;
import java.util.regex.Pattern;
import jp.mnledger.command.lookup.InvitationDirectory;
import jp.mnledger.command.lookup.InvitationDirectory.OpenInvitation;
import jp.mnledger.kernel.audit.AuditMetadata;
import jp.mnledger.kernel.error.DomainException;
import jp.mnledger.kernel.error.ErrorCode;
import jp.mnledger.kernel.invitation.InvitationActor;
import jp.mnledger.kernel.invitation.IssueInvitationCommand;
import jp.mnledger.kernel.invitation.RedeemInvitationCommand;
import jp.mnledger.kernel.purpose.Purpose;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The links and sessions of invitations (ADR 0021). A link's secret is 256 random bits, handed to the issuer
 * once and stored nowhere: the events and the lookup keep its SHA-256 hash. Opening a link starts a session
 * (a token of its own, stored hashed, idle timeout and maximum) whose actor is {@link InvitationActor} — no
 * account. An unknown, expired or spent secret gets one and the same answer.
 */
@Service
public class InvitationSessions {

    /** A link's secret: 32 bytes, base64url without padding. */
    private static final Pattern SECRET = Pattern.compile("[A-Za-z0-9_-]{43}");

    /** An issued invitation: the secret is for the link and is not kept. */
    public record Issued(String invitationId, String secret, Instant expiresAt) {
        @Override
        public String toString() {
            return "Issued[" + invitationId + "]";
        }
    }

    /** An opened link's session: the token for the cookie, and its idle timeout. */
    public record Opened(String invitationId, String token, long idleSeconds) {
        @Override
        public String toString() {
            return "Opened[" + invitationId + "]";
        }
    }

    private final CommandGateway commands;
    private final InvitationDirectory directory;
    private final JdbcTemplate jdbc;
    private final InvitationProperties properties;
    private final Clock clock;

    InvitationSessions(CommandGateway commands, InvitationDirectory directory, JdbcTemplate jdbc,
                       InvitationProperties properties, ObjectProvider<Clock> clock) {
        this.commands = commands;
        this.directory = directory;
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    public InvitationProperties properties() {
        return properties;
    }

    public Instant now() {
        return clock.instant();
    }

    /** Issues an invitation valid for {@code validity} (null: the default), checked against the bounds. */
    public Issued issue(String companyId, String subjectId, Duration validity, Set<Purpose> purposes, AuditMetadata audit) {
        Duration valid = validity == null ? properties.validity() : validity;
        if (valid.compareTo(properties.minimumValidity()) < 0 || valid.compareTo(properties.maximumValidity()) > 0) {
            throw new DomainException(ErrorCode.INVITATION_VALIDITY);
        }
        String secret = Tokens.random();
        String invitationId = UUID.randomUUID().toString();
        Instant expiresAt = clock.instant().plus(valid);
        commands.sendAndWait(new IssueInvitationCommand(invitationId, companyId, subjectId, hash(secret), expiresAt, purposes),
                MetaData.from(audit.withTenant(companyId).toMap()));
        return new Issued(invitationId, secret, expiresAt);
    }

    /**
     * Opens a link: an open invitation for the secret's hash gets a redemption event and a new session.
     * Everything else — a malformed, unknown, expired or spent secret — is INVITATION_NOT_USABLE.
     */
    public Opened redeem(String secret, AuditMetadata origin) {
        Instant now = clock.instant();
        OpenInvitation invitation = (secret == null || !SECRET.matcher(secret).matches() ? Optional.<OpenInvitation>empty()
                : directory.bySecretHash(hash(secret))).filter(i -> i.usableAt(now))
                .orElseThrow(() -> new DomainException(ErrorCode.INVITATION_NOT_USABLE));
        commands.sendAndWait(new RedeemInvitationCommand(invitation.invitationId(), invitation.companyId(),
                invitation.subjectId(), now), MetaData.from(asInvitee(origin, invitation).toMap()));
        String token = Tokens.random();
        Instant absolute = min(now.plus(properties.sessionMaximum()), invitation.expiresAt());
        jdbc.update("""
                INSERT INTO identity.invitation_session (token_hash, invitation_id, created_at, expires_at, absolute_expires_at)
                VALUES (?, ?, ?, ?, ?)""", hashBytes(token), invitation.invitationId(), Timestamp.from(now),
                Timestamp.from(min(now.plus(properties.sessionIdle()), absolute)), Timestamp.from(absolute));
        return new Opened(invitation.invitationId(), token, properties.sessionIdle().toSeconds());
    }

    /** The invitation of a live session (sliding its idle timeout), if the invitation is still open. */
    public Optional<String> holderOf(String token) {
        if (token == null || !SECRET.matcher(token).matches()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        byte[] tokenHash = hashBytes(token);
        Optional<String> invitationId = jdbc.queryForList("""
                SELECT s.invitation_id FROM identity.invitation_session s
                JOIN command_lookup.invitation i ON i.invitation_id = s.invitation_id
                WHERE s.token_hash = ? AND s.revoked_at IS NULL AND s.expires_at > ? AND NOT i.completed AND i.expires_at > ?""",
                String.class, tokenHash, Timestamp.from(now), Timestamp.from(now)).stream().findFirst();
        invitationId.ifPresent(id -> jdbc.update("""
                UPDATE identity.invitation_session SET expires_at = LEAST(?, absolute_expires_at)
                WHERE token_hash = ? AND revoked_at IS NULL""", Timestamp.from(now.plus(properties.sessionIdle())), tokenHash));
        return invitationId;
    }

    /** The open invitation of a session's actor, or INVITATION_NOT_USABLE. */
    public OpenInvitation open(String invitationId) {
        Instant now = clock.instant();
        return (invitationId == null ? Optional.<OpenInvitation>empty() : directory.byId(invitationId))
                .filter(i -> i.usableAt(now)).orElseThrow(() -> new DomainException(ErrorCode.INVITATION_NOT_USABLE));
    }

    /** Ends one session (the person leaves; the invitation stays open). */
    public void endSession(String token) {
        if (token != null && SECRET.matcher(token).matches()) {
            jdbc.update("UPDATE identity.invitation_session SET revoked_at = ? WHERE token_hash = ? AND revoked_at IS NULL",
                    Timestamp.from(clock.instant()), hashBytes(token));
        }
    }

    /** Ends every session of an invitation (it was completed). */
    public void endAll(String invitationId) {
        jdbc.update("UPDATE identity.invitation_session SET revoked_at = ? WHERE invitation_id = ? AND revoked_at IS NULL",
                Timestamp.from(clock.instant()), invitationId);
    }

    /** The metadata of the invited person's requests: their invitation is the actor, its company the tenant. */
    public static AuditMetadata asInvitee(AuditMetadata origin, OpenInvitation invitation) {
        return origin.withActor(InvitationActor.of(invitation.invitationId())).withTenant(invitation.companyId());
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    /** The SHA-256 of a secret, as lower-case hex (what events and the lookup hold). */
    static String hash(String secret) {
        return HexFormat.of().formatHex(hashBytes(secret));
    }

    private static byte[] hashBytes(String secret) {
        return Tokens.sha256(secret);
    }
}
