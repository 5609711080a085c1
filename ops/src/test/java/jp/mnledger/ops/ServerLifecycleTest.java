package jp.mnledger.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import jp.mnledger.kernel.seal.PersonalField;
import jp.mnledger.kernel.seal.SealedValue;
import jp.mnledger.kernel.seal.SealedValueOpener;
import jp.mnledger.ops.db.DatabaseUnreachableException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** Starting, stopping and restarting the real server: persistence, key files, database choice. */
class ServerLifecycleTest {

    private static final String NUMBER = "983205673214";
    private static final String DEMO = "spring.profiles.active=demo";
    private static final String ADMIN_PASSWORD = "Kurobune-Lighthouse-4417";

    @TempDir
    Path dataDir;

    /** Properties as command-line arguments: they outrank application.yml, as an operator's settings do. */
    private static ConfigurableApplicationContext start(String... properties) {
        String[] args = new String[properties.length + 2];
        args[0] = "--server.port=0";
        args[1] = "--mnledger.tls.enabled=false";
        for (int i = 0; i < properties.length; i++) {
            args[i + 2] = "--" + properties[i];
        }
        return new SpringApplicationBuilder(MnLedgerServer.class).run(args);
    }

    private static HttpClientForTests http(ConfigurableApplicationContext context) {
        return new HttpClientForTests(((WebServerApplicationContext) context).getWebServer().getPort());
    }

    @Test
    void dataSurvivesARestartAndTheCommandSideCanStillOpenTheNumber() throws Exception {
        String company;
        String subject;
        String keyFileBefore;
        try (ConfigurableApplicationContext first = start("mnledger.data-dir=" + dataDir, DEMO)) {
            HttpClientForTests handler = http(first).as("demo-handler");
            company = handler.firstCompany();
            subject = handler.registerSubject(company, "EMPLOYEE", "再起動 太郎", "R001", null);
            assertThat(handler.acquire(company, subject, NUMBER).status()).isEqualTo(201);
            keyFileBefore = Files.readString(dataDir.resolve("keys/master.key"));
        }

        try (ConfigurableApplicationContext second = start("mnledger.data-dir=" + dataDir, DEMO)) {
            // A non-MFA user: a TOTP code is good once, and the handler used this time step already.
            HttpClientForTests http = http(second).as("demo-payroll");
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                    assertThat(http.get("/api/v1/companies/" + company + "/subjects").body())
                            .contains(subject).contains("ACQUIRED").contains("再起動 太郎"));

            byte[] payload = second.getBean(JdbcTemplate.class).queryForObject("""
                    SELECT payload FROM axon.domainevententry
                    WHERE aggregateidentifier = ? AND payloadtype LIKE '%MyNumberAcquiredEvent'""", byte[].class, subject);
            SealedValue sealed = new ObjectMapper().treeToValue(new ObjectMapper().readTree(payload).get("myNumber"),
                    SealedValue.class);
            assertThat(second.getBean(SealedValueOpener.class).open(subject, PersonalField.MY_NUMBER, sealed))
                    .contains(NUMBER);
            assertThat(Files.readString(dataDir.resolve("keys/master.key"))).isEqualTo(keyFileBefore);
        }
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void theFirstStartCreatesTheAdministratorAndShowsItsOneTimePasswordOnceOnTheConsole(CapturedOutput output) {
        String password;
        try (ConfigurableApplicationContext first = start("mnledger.data-dir=" + dataDir)) {
            java.util.regex.Matcher shown = java.util.regex.Pattern.compile("password : (\\S+)   \\(change it")
                    .matcher(output.getOut());
            assertThat(shown.find()).as("the one-time password is on the console").isTrue();
            password = shown.group(1);
            java.util.regex.Matcher totp = java.util.regex.Pattern.compile("TOTP     : ([A-Z2-7]+)").matcher(output.getOut());
            assertThat(totp.find()).isTrue();
            HttpClientForTests.Response login = http(first).post("/api/v1/auth/token",
                    "{\"username\":\"admin\",\"password\":\"%s\",\"totp\":\"%s\"}".formatted(password,
                            new jp.mnledger.command.identity.credentials.Totp().code(
                                    jp.mnledger.command.identity.credentials.Totp.decodeBase32(totp.group(1)),
                                    java.time.Instant.now().getEpochSecond())));
            assertThat(login.status()).as(login.body()).isEqualTo(200);
            assertThat(login.json().get("passwordChangeRequired").asBoolean()).isTrue();
            assertThat(output.getAll().lines().filter(l -> l.contains(password)).count())
                    .as("shown once, and never in a log line").isEqualTo(1);
        }
        try (ConfigurableApplicationContext again = start("mnledger.data-dir=" + dataDir)) {
            assertThat(output.getOut().split("initial platform administrator created", -1)).hasSize(2);
        }
    }

    @Test
    void aKeyFileThatDidNotWrapTheStoredKeysIsRefusedAtStartUp() throws Exception {
        try (ConfigurableApplicationContext first = start("mnledger.data-dir=" + dataDir)) {
            // The bootstrap administrator's TOTP secret is sealed: a tenant key now exists.
            assertThat(first.getBean(JdbcTemplate.class).queryForObject("SELECT count(*) FROM keyvault.tenant_key",
                    Integer.class)).isPositive();
        }
        Path otherKey = dataDir.resolve("other.key");
        assertThatThrownBy(() -> start("mnledger.data-dir=" + dataDir, "mnledger.keys.master-key-file=" + otherKey).close())
                .hasStackTraceContaining("is not the one that wrapped the stored tenant keys");
    }

    @Test
    void anUnreachableExternalDatabaseStopsTheStartWithoutFallingBack() {
        assertThatThrownBy(() -> start("mnledger.data-dir=" + dataDir,
                        "mnledger.db.url=jdbc:postgresql://127.0.0.1:1/mnledger?password=secret",
                        "mnledger.db.user=mnledger").close())
                .hasRootCauseInstanceOf(java.net.ConnectException.class)
                .satisfies(e -> assertThat(rootOfType(e, DatabaseUnreachableException.class).getMessage())
                        .contains("127.0.0.1:1").doesNotContain("secret"));
        assertThat(dataDir.resolve("postgres")).doesNotExist();
    }

    @Test
    void aConfiguredExternalDatabaseIsUsedInsteadOfTheEmbeddedOne() throws Exception {
        Path externalDir = dataDir.resolve("external-postgres");
        try (EmbeddedPostgres external = EmbeddedPostgres.builder().setDataDirectory(externalDir).start()) {
            String url = "jdbc:postgresql://localhost:" + external.getPort() + "/postgres";
            try (ConfigurableApplicationContext context = start("mnledger.data-dir=" + dataDir.resolve("app"),
                    "mnledger.db.url=" + url, "mnledger.db.user=postgres", "mnledger.db.password=",
                    "mnledger.identity.admin-password=" + ADMIN_PASSWORD,
                    "mnledger.identity.admin-totp-secret=" + HttpClientForTests.DEMO_TOTP_SECRET)) {
                HttpClientForTests.Response token = http(context).post("/api/v1/auth/token",
                        "{\"username\":\"admin\",\"password\":\"%s\",\"totp\":\"%s\"}"
                                .formatted(ADMIN_PASSWORD, HttpClientForTests.currentTotp()));
                assertThat(token.status()).as(token.body()).isEqualTo(200);
                try (var connection = external.getPostgresDatabase().getConnection();
                     var statement = connection.createStatement();
                     var rs = statement.executeQuery("SELECT count(*) FROM axon.domainevententry")) {
                    rs.next();
                    assertThat(rs.getInt(1)).as("the administrator's account and grant").isPositive();
                }
                assertThat(dataDir.resolve("app/postgres")).doesNotExist();
            }
        }
    }

    private static <T extends Throwable> T rootOfType(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        throw new AssertionError("no " + type.getSimpleName() + " in the cause chain");
    }
}
