package jp.mnledger.ops.access;

import java.security.SecureRandom;
import java.time.Clock;
import jp.mnledger.command.identity.UserAdministration;
import jp.mnledger.kernel.access.Role;
import jp.mnledger.kernel.identity.GrantRoleCommand;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * On the very first start (no user at all) creates the platform administrator {@value #USERNAME}. Its
 * password comes from {@code MNLEDGER_ADMIN_PASSWORD}, or is generated and shown once on the console
 * (never in the log file) and must be changed at first login. Its TOTP secret comes from
 * {@code MNLEDGER_ADMIN_TOTP_SECRET} (for automated provisioning) or is generated; it is shown once too.
 */
@Component
@Order(1)
class BootstrapAdministrator implements ApplicationRunner {

    static final String USERNAME = "admin";
    private static final Logger LOG = LoggerFactory.getLogger(BootstrapAdministrator.class);
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final UserAdministration users;
    private final CommandGateway commands;
    private final Environment environment;
    private final Clock clock;

    BootstrapAdministrator(UserAdministration users, CommandGateway commands, Environment environment, Clock clock) {
        this.users = users;
        this.commands = commands;
        this.environment = environment;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (users.anyUser()) {
            return;
        }
        String given = environment.getProperty("mnledger.identity.admin-password");
        boolean generated = given == null || given.isBlank();
        String password = generated ? generatePassword() : given;
        String totpSecret = environment.getProperty("mnledger.identity.admin-totp-secret");
        UserAdministration.CreatedUser admin = users.create(USERNAME, password, true,
                totpSecret == null || totpSecret.isBlank() ? null : totpSecret, generated, SystemActor.metadata(clock, null));
        commands.sendAndWait(new GrantRoleCommand(admin.userId(), Role.PLATFORM_ADMIN, null, null, null),
                SystemActor.of(clock, null));
        LOG.info("Created the initial platform administrator '{}' (password {}); its credentials are on the console once.",
                USERNAME, generated ? "generated" : "from MNLEDGER_ADMIN_PASSWORD");
        // The console, not the log: a log file is kept and shipped; this is shown once to the operator.
        System.out.println("""

                ==================================================================================
                 mnledger: 初期管理者を作成しました / initial platform administrator created
                   username : %s
                   password : %s
                   TOTP     : %s
                   otpauth  : %s
                 この表示は一度だけです。安全な場所に控えてください。 This is shown only once.
                ==================================================================================
                """.formatted(USERNAME, generated ? password + "   (change it at first login)" : "(MNLEDGER_ADMIN_PASSWORD)",
                admin.totpSecret(), admin.otpauthUri()));
    }

    private static String generatePassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            if (i > 0 && i % 5 == 0) {
                password.append('-');
            }
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
