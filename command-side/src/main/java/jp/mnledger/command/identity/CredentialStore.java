package jp.mnledger.command.identity;

import java.nio.ByteBuffer;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import jp.mnledger.command.keyvault.PersonalDataSealer;
import jp.mnledger.kernel.seal.PersonalField;
import jp.mnledger.kernel.seal.SealedValue;
import jp.mnledger.kernel.seal.SealedValueOpener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The identity store (schema {@code identity}): one credential row per user — Argon2id hash, TOTP secret
 * sealed under the user's own key, failure counter and lock — and access tokens by SHA-256 hash.
 */
@Component
class CredentialStore {

    /** The tenant whose key wraps the users' own keys (users are not data subjects of a company). */
    static final String IDENTITY_TENANT = "identity";

    private final JdbcTemplate jdbc;
    private final PersonalDataSealer sealer;
    private final SealedValueOpener opener;

    record Credential(String userId, String username, String passwordHash, byte[] sealedTotpSecret, long totpLastStep,
                      int failedAttempts, Instant lockedUntil, boolean mustChangePassword, boolean enabled) {

        @Override
        public String toString() {
            return "Credential[" + userId + "]";
        }
    }

    CredentialStore(JdbcTemplate jdbc, PersonalDataSealer sealer, SealedValueOpener opener) {
        this.jdbc = jdbc;
        this.sealer = sealer;
        this.opener = opener;
    }

    boolean anyUser() {
        return Boolean.TRUE.equals(jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM identity.credential)", Boolean.class));
    }

    boolean usernameTaken(String username) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM identity.credential WHERE username = ?)", Boolean.class, username));
    }

    void insert(String userId, String username, String passwordHash, String totpSecretBase32, boolean mustChange,
                Instant now) {
        byte[] sealedTotp = totpSecretBase32 == null ? null : pack(sealer.seal(IDENTITY_TENANT, userId,
                PersonalField.TOTP_SECRET, totpSecretBase32));
        jdbc.update("""
                INSERT INTO identity.credential (user_id, username, password_hash, totp_secret, must_change_password,
                                                 created_at, password_changed_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""",
                userId, username, passwordHash, sealedTotp, mustChange, Timestamp.from(now), Timestamp.from(now));
    }

    Optional<Credential> byUsername(String username) {
        return find("username = ?", username);
    }

    Optional<Credential> byUserId(String userId) {
        return find("user_id = ?", userId);
    }

    private Optional<Credential> find(String condition, String value) {
        return jdbc.query("""
                SELECT user_id, username, password_hash, totp_secret, totp_last_step, failed_attempts, locked_until,
                       must_change_password, enabled
                FROM identity.credential WHERE\s""" + condition,
                (rs, i) -> new Credential(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBytes(4), rs.getLong(5),
                        rs.getInt(6), rs.getTimestamp(7) == null ? null : rs.getTimestamp(7).toInstant(), rs.getBoolean(8),
                        rs.getBoolean(9)),
                value).stream().findFirst();
    }

    /** The TOTP secret in base32, opened from its sealed form; empty when none is enrolled. */
    Optional<String> totpSecret(Credential credential) {
        if (credential.sealedTotpSecret() == null) {
            return Optional.empty();
        }
        return opener.open(credential.userId(), PersonalField.TOTP_SECRET, unpack(credential.sealedTotpSecret()));
    }

    void recordFailure(String userId, int lockAfter, Instant lockUntil) {
        jdbc.update("""
                UPDATE identity.credential SET failed_attempts = failed_attempts + 1,
                       locked_until = CASE WHEN failed_attempts + 1 >= ? THEN ? ELSE locked_until END
                WHERE user_id = ?""", lockAfter, Timestamp.from(lockUntil), userId);
    }

    void recordSuccess(String userId, long totpStep) {
        jdbc.update("""
                UPDATE identity.credential SET failed_attempts = 0, locked_until = NULL,
                       totp_last_step = GREATEST(totp_last_step, ?) WHERE user_id = ?""", totpStep, userId);
    }

    void changePassword(String userId, String passwordHash, Instant now) {
        jdbc.update("""
                UPDATE identity.credential SET password_hash = ?, must_change_password = FALSE, password_changed_at = ?
                WHERE user_id = ?""", passwordHash, Timestamp.from(now), userId);
    }

    void storeToken(byte[] tokenHash, String userId, Instant now, Instant expiresAt, boolean session,
                    Instant absoluteExpiresAt) {
        jdbc.update("""
                INSERT INTO identity.access_token (token_hash, user_id, created_at, expires_at, session, absolute_expires_at)
                VALUES (?, ?, ?, ?, ?, ?)""",
                tokenHash, userId, Timestamp.from(now), Timestamp.from(expiresAt), session,
                absoluteExpiresAt == null ? null : Timestamp.from(absoluteExpiresAt));
    }

    /** A session's idle timeout slides with each use, up to its absolute end. */
    void touchSession(byte[] tokenHash, Instant newExpiry) {
        jdbc.update("""
                UPDATE identity.access_token SET expires_at = LEAST(?, absolute_expires_at)
                WHERE token_hash = ? AND session AND revoked_at IS NULL""", Timestamp.from(newExpiry), tokenHash);
    }

    /** The user of a live token (not expired, not revoked, account enabled) and whether they must change their password. */
    Optional<TokenHolder> tokenHolder(byte[] tokenHash, Instant now) {
        return jdbc.query("""
                SELECT t.user_id, c.must_change_password, t.session FROM identity.access_token t
                JOIN identity.credential c ON c.user_id = t.user_id
                WHERE t.token_hash = ? AND t.revoked_at IS NULL AND t.expires_at > ? AND c.enabled""",
                (rs, i) -> new TokenHolder(rs.getString(1), rs.getBoolean(2), rs.getBoolean(3)), tokenHash, Timestamp.from(now))
                .stream().findFirst();
    }

    Optional<String> revokeToken(byte[] tokenHash, Instant now) {
        return jdbc.query("UPDATE identity.access_token SET revoked_at = ? WHERE token_hash = ? AND revoked_at IS NULL RETURNING user_id",
                (rs, i) -> rs.getString(1), Timestamp.from(now), tokenHash).stream().findFirst();
    }

    void revokeAllTokens(String userId, Instant now) {
        jdbc.update("UPDATE identity.access_token SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL",
                Timestamp.from(now), userId);
    }

    private static byte[] pack(SealedValue sealed) {
        byte[] nonce = sealed.nonce();
        byte[] ciphertext = sealed.ciphertext();
        return ByteBuffer.allocate(nonce.length + ciphertext.length).put(nonce).put(ciphertext).array();
    }

    private static SealedValue unpack(byte[] packed) {
        return new SealedValue(SealedValue.AES_256_GCM_V1, Arrays.copyOfRange(packed, 0, 12),
                Arrays.copyOfRange(packed, 12, packed.length));
    }
}
