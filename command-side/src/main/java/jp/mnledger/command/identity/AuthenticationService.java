package jp.mnledger.command.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import jp.mnledger.command.identity.credentials.PasswordPolicy;
import jp.mnledger.command.identity.credentials.Totp;
import jp.mnledger.command.lookup.AccessDirectory;
import jp.mnledger.kernel.audit.AuditMetadata;
import jp.mnledger.kernel.error.DomainException;
import jp.mnledger.kernel.error.ErrorCode;
import jp.mnledger.kernel.identity.LoggedOutEvent;
import jp.mnledger.kernel.identity.LoginFailedEvent;
import jp.mnledger.kernel.identity.LoginSucceededEvent;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * Login and access tokens. Every attempt, success or failure, becomes an event with its origin (the
 * audit metadata). The answer to a failure is the same whether the user exists, the password was wrong,
 * the code was wrong or the account is locked, and takes as long: an unknown user still costs one
 * Argon2id verification.
 */
@Service
public class AuthenticationService {

    public record IssuedToken(String accessToken, long expiresIn, boolean mustChangePassword) {
        @Override
        public String toString() {
            return "IssuedToken[expiresIn=" + expiresIn + "]";
        }
    }


    private final CredentialStore store;
    private final PasswordEncoder passwords;
    private final AccessDirectory directory;
    private final EventGateway events;
    private final IdentityProperties properties;
    private final Clock clock;
    private final Totp totp = new Totp();
    private final PasswordPolicy policy = new PasswordPolicy();
    private final String dummyHash;
    private final Map<String, Deque<Instant>> failuresByAddress = new ConcurrentHashMap<>();

    AuthenticationService(CredentialStore store, PasswordEncoder passwords, AccessDirectory directory, EventGateway events,
                          IdentityProperties properties, ObjectProvider<Clock> clock) {
        this.store = store;
        this.passwords = passwords;
        this.directory = directory;
        this.events = events;
        this.properties = properties;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
        this.dummyHash = passwords.encode("mnledger-timing-equaliser");
    }

    /** A bearer token for an API client. */
    public IssuedToken login(String username, String password, String totpCode, AuditMetadata origin) {
        return login(username, password, totpCode, origin, false);
    }

    /** A browser session: the token goes into an HttpOnly cookie; it expires after the idle timeout unless used. */
    public IssuedToken loginSession(String username, String password, String totpCode, AuditMetadata origin) {
        return login(username, password, totpCode, origin, true);
    }

    private IssuedToken login(String username, String password, String totpCode, AuditMetadata origin, boolean session) {
        Instant now = clock.instant();
        String address = origin.clientAddress() == null ? "" : origin.clientAddress();
        if (throttled(address, now)) {
            record(new LoginFailedEvent(null, "THROTTLED"), origin);
            throw new DomainException(ErrorCode.AUTH_THROTTLED);
        }
        Optional<CredentialStore.Credential> found = username == null ? Optional.empty() : store.byUsername(username);
        if (found.isEmpty()) {
            passwords.matches(password == null ? "" : password, dummyHash);
            return fail(null, "BAD_CREDENTIALS", address, now, origin);
        }
        CredentialStore.Credential credential = found.get();
        boolean passwordOk = passwords.matches(password == null ? "" : password, credential.passwordHash());
        if (!credential.enabled()) {
            return fail(credential.userId(), "DISABLED", address, now, origin);
        }
        if (credential.lockedUntil() != null && credential.lockedUntil().isAfter(now)) {
            return fail(credential.userId(), "LOCKED", address, now, origin);
        }
        if (!passwordOk) {
            return fail(credential.userId(), "BAD_CREDENTIALS", address, now, origin);
        }
        long step = 0;
        Optional<String> secret = store.totpSecret(credential);
        boolean mfaRequired = secret.isPresent() || directory.principal(credential.userId()).mfaRequired();
        if (mfaRequired) {
            if (secret.isEmpty() || totpCode == null || totpCode.isBlank()) {
                return fail(credential.userId(), "TOTP_REQUIRED", address, now, origin);
            }
            OptionalLong matched = totp.verify(Totp.decodeBase32(secret.get()), totpCode, now, credential.totpLastStep());
            if (matched.isEmpty()) {
                return fail(credential.userId(), "TOTP_INVALID", address, now, origin);
            }
            step = matched.getAsLong();
        }
        store.recordSuccess(credential.userId(), step);
        String token = Tokens.random();
        store.storeToken(hash(token), credential.userId(), now, now.plus(properties.tokenLifetime()), session,
                session ? now.plus(properties.sessionMaximum()) : null);
        record(new LoginSucceededEvent(credential.userId(), session ? "SESSION" : "TOKEN", mfaRequired),
                origin.withActor(credential.userId()));
        return new IssuedToken(token, properties.tokenLifetime().toSeconds(), credential.mustChangePassword());
    }

    /** The holder of a live token, if any. */
    public Optional<TokenHolder> holderOf(String token) {
        if (token == null || token.length() < 20 || token.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Optional<TokenHolder> holder = store.tokenHolder(hash(token), now);
        holder.filter(TokenHolder::session).ifPresent(h -> store.touchSession(hash(token), now.plus(properties.tokenLifetime())));
        return holder;
    }

    /** Who the caller is, for the browser's navigation: user name and every grant held now (their own, nothing else). */
    public record SessionInfo(String userId, String username, jp.mnledger.kernel.access.Principal principal,
                              long idleTimeout) {
        @Override
        public String toString() {
            return "SessionInfo[" + userId + "]";
        }
    }

    public SessionInfo describe(String userId) {
        CredentialStore.Credential credential = store.byUserId(userId)
                .orElseThrow(() -> new DomainException(ErrorCode.AUTH_REQUIRED));
        return new SessionInfo(userId, credential.username(), directory.principal(userId),
                properties.tokenLifetime().toSeconds());
    }

    public void logout(String token, AuditMetadata origin) {
        store.revokeToken(hash(token), clock.instant())
                .ifPresent(userId -> record(new LoggedOutEvent(userId), origin));
    }

    /** Changes the caller's own password after checking the current one; ends every other token of theirs. */
    public void changePassword(String userId, String currentPassword, String newPassword) {
        CredentialStore.Credential credential = store.byUserId(userId)
                .orElseThrow(() -> new DomainException(ErrorCode.AUTH_FAILED));
        if (!passwords.matches(currentPassword == null ? "" : currentPassword, credential.passwordHash())) {
            throw new DomainException(ErrorCode.AUTH_FAILED);
        }
        if (newPassword == null || policy.check(credential.username(), newPassword).isPresent()) {
            throw new DomainException(ErrorCode.PASSWORD_TOO_WEAK);
        }
        Instant now = clock.instant();
        store.changePassword(userId, passwords.encode(newPassword), now);
        store.revokeAllTokens(userId, now);
    }

    private IssuedToken fail(String userId, String reason, String address, Instant now, AuditMetadata origin) {
        if (userId != null) {
            store.recordFailure(userId, properties.lockAfterFailures(), now.plus(properties.lockDuration()));
        }
        failuresByAddress.computeIfAbsent(address, a -> new ArrayDeque<>());
        Deque<Instant> failures = failuresByAddress.get(address);
        synchronized (failures) {
            failures.addLast(now);
        }
        record(new LoginFailedEvent(userId, reason), origin);
        throw new DomainException(ErrorCode.AUTH_FAILED);
    }

    private boolean throttled(String address, Instant now) {
        Deque<Instant> failures = failuresByAddress.get(address);
        if (failures == null) {
            return false;
        }
        synchronized (failures) {
            Instant windowStart = now.minus(properties.throttleWindow());
            while (!failures.isEmpty() && failures.peekFirst().isBefore(windowStart)) {
                failures.removeFirst();
            }
            return failures.size() >= properties.throttleAfterFailures();
        }
    }

    private void record(Object event, AuditMetadata origin) {
        events.publish(GenericEventMessage.asEventMessage(event).andMetaData(origin.toMap()));
    }

    static byte[] hash(String token) {
        return Tokens.sha256(token);
    }
}
