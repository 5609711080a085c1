package jp.mnledger.ops.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import jp.mnledger.kernel.access.AccessRequests;
import jp.mnledger.kernel.audit.AuditMetadata;
import jp.mnledger.kernel.retention.ConfirmDisposalsCommand;
import jp.mnledger.ops.HttpClientForTests;
import jp.mnledger.ops.MnLedgerServer;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The key vault on a database of its own ({@code mnledger.keys.db.url}): the events' database holds no key, numbers
 * still open, and a disposal destroys the key there.
 */
class KeyVaultOwnDatabaseTest {

    @TempDir
    Path dir;

    @Test
    void keysLiveOnlyInTheVaultsDatabaseAndDisposalDestroysThemThere() throws Exception {
        try (EmbeddedPostgres vaultDb = EmbeddedPostgres.builder().setDataDirectory(dir.resolve("vault-pg")).start()) {
            JdbcTemplate vault = new JdbcTemplate(vaultDb.getPostgresDatabase());
            try (ConfigurableApplicationContext context = new SpringApplicationBuilder(MnLedgerServer.class).run(
                    "--server.port=0", "--mnledger.tls.enabled=false", "--spring.profiles.active=demo",
                    "--mnledger.data-dir=" + dir.resolve("app"),
                    "--mnledger.keys.db.url=jdbc:postgresql://localhost:" + vaultDb.getPort() + "/postgres",
                    "--mnledger.keys.db.user=postgres",
                    "--mnledger.identity.admin-password=Kurobune-Lighthouse-4417",
                    "--mnledger.identity.admin-totp-secret=" + HttpClientForTests.DEMO_TOTP_SECRET)) {
                JdbcTemplate events = context.getBean(JdbcTemplate.class);
                assertThat(vault.queryForObject("SELECT count(*) FROM keyvault.subject_key", Integer.class)).isPositive();
                assertThat(vault.queryForObject("SELECT count(*) FROM keyvault.tenant_key", Integer.class)).isPositive();
                assertThat(events.queryForObject("SELECT count(*) FROM keyvault.subject_key", Integer.class))
                        .as("no key in the events' database").isZero();

                int port = ((WebServerApplicationContext) context).getWebServer().getPort();
                HttpClientForTests handler = new HttpClientForTests(port).as("demo-handler");
                String company = handler.firstCompany();
                String yamada = events.queryForObject(
                        "SELECT subject_id FROM read_model.subject WHERE employee_code = 'E001'", String.class);
                assertThat(handler.post("/api/v1/companies/" + company + "/subjects/" + yamada + "/my-number/reveal",
                        "{\"purpose\":\"WITHHOLDING_TAX\",\"reason\":\"確認\"}").json().get("myNumber").asText())
                        .matches("[0-9]{12}");

                String retired = events.queryForObject(
                        "SELECT subject_id FROM read_model.retention_facts WHERE employee_code = 'E015'", String.class);
                await().atMost(Duration.ofSeconds(30)).until(() -> "DISPOSAL_DUE".equals(events.queryForObject(
                        "SELECT my_number_status FROM read_model.subject WHERE subject_id = ?", String.class, retired)));
                List<ConfirmDisposalsCommand.Outcome> outcomes = context.getBean(CommandGateway.class).sendAndWait(
                        new ConfirmDisposalsCommand(company, UUID.randomUUID().toString(), List.of(retired), false),
                        MetaData.from(new AuditMetadata(AccessRequests.SYSTEM_ACTOR, AccessRequests.SYSTEM_ROLE, null,
                                "127.0.0.1", "test", UUID.randomUUID().toString(), company, Instant.now()).toMap()));
                assertThat(outcomes).extracting(ConfirmDisposalsCommand.Outcome::outcome).containsExactly("DISPOSED");
                assertThat(vault.queryForObject("SELECT wrapped_key IS NULL AND destroyed_at IS NOT NULL FROM "
                        + "keyvault.subject_key WHERE subject_id = ?", Boolean.class, retired)).isTrue();
            }
        }
    }
}
