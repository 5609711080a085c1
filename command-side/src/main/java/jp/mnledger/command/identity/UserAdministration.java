package jp.mnledger.command.identity;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import jp.mnledger.command.identity.credentials.PasswordPolicy;
import jp.mnledger.command.identity.credentials.Totp;
import jp.mnledger.kernel.audit.AuditMetadata;
import jp.mnledger.kernel.error.DomainException;
import jp.mnledger.kernel.error.ErrorCode;
import jp.mnledger.kernel.identity.CreateUserAccountCommand;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens user accounts: the credential row and the account's event in one transaction. The command is
 * authorised like any other (MANAGE_USERS), so only an administrator — or the server itself when it
 * bootstraps — can open one.
 */
@Service
public class UserAdministration {

    /** A new account; the TOTP secret (when enrolled) is shown to its owner once and never again. */
    public record CreatedUser(String userId, String totpSecret, String otpauthUri) {
        @Override
        public String toString() {
            return "CreatedUser[" + userId + "]";
        }
    }

    private final CredentialStore store;
    private final PasswordEncoder passwords;
    private final CommandGateway commands;
    private final Clock clock;
    private final PasswordPolicy policy = new PasswordPolicy();

    UserAdministration(CredentialStore store, PasswordEncoder passwords, CommandGateway commands,
                       ObjectProvider<Clock> clock) {
        this.store = store;
        this.passwords = passwords;
        this.commands = commands;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /**
     * @param totpSecret a given TOTP secret (base32), or null to generate one when {@code enrolTotp}
     */
    @Transactional
    public CreatedUser create(String username, String password, boolean enrolTotp, String totpSecret,
                              boolean mustChangePassword, AuditMetadata metadata) {
        if (username == null || !username.matches("[a-z0-9][a-z0-9._-]{2,63}")) {
            throw new DomainException(ErrorCode.REQUEST_INVALID);
        }
        Optional<PasswordPolicy.Reason> weak = policy.check(username, password == null ? "" : password);
        if (weak.isPresent()) {
            throw new DomainException(ErrorCode.PASSWORD_TOO_WEAK);
        }
        if (store.usernameTaken(username)) {
            throw new DomainException(ErrorCode.USERNAME_TAKEN);
        }
        String userId = UUID.randomUUID().toString();
        String secret = enrolTotp ? (totpSecret != null ? totpSecret : Totp.generateSecretBase32()) : null;
        store.insert(userId, username, passwords.encode(password), secret, mustChangePassword, clock.instant());
        commands.sendAndWait(new CreateUserAccountCommand(userId, username), MetaData.from(metadata.toMap()));
        return new CreatedUser(userId, secret, secret == null ? null : Totp.otpauthUri(Totp.ISSUER, username, secret));
    }

    public boolean anyUser() {
        return store.anyUser();
    }

    public Optional<String> userIdOf(String username) {
        return store.byUsername(username).map(CredentialStore.Credential::userId);
    }
}
