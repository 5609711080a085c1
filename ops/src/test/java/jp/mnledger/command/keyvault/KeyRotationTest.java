package jp.mnledger.command.keyvault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import jp.mnledger.kernel.seal.PersonalField;
import jp.mnledger.kernel.seal.SealedValue;
import jp.mnledger.ops.HttpClientForTests;
import jp.mnledger.ops.ServerTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Key rotation by re-wrapping: nothing sealed changes, every value still opens, old wrapping keys are gone. */
class KeyRotationTest extends ServerTestBase {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    private JdbcKeyVault node(Path masterKeyFile) throws Exception {
        KeyVaultProperties properties = new KeyVaultProperties(masterKeyFile, false, Duration.ofSeconds(30), 100,
                Files.createTempDirectory("tombstones").resolve("tombstones.log"));
        return new JdbcKeyVault(jdbc, MasterKey.loadOrGenerate(masterKeyFile, false), properties, Clock.systemUTC());
    }

    @Test
    void aTenantKeyRotationReWrapsEveryLiveDataKeyAndRetiresTheOldVersion() throws Exception {
        Path master = DATA_DIR.resolve("keys/master.key");
        JdbcKeyVault vault = node(master);
        String tenant = UUID.randomUUID().toString();
        List<String> subjects = new ArrayList<>();
        List<SealedValue> sealed = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String subject = UUID.randomUUID().toString();
            subjects.add(subject);
            sealed.add(vault.seal(tenant, subject, PersonalField.DISPLAY_NAME, "回転 " + i));
        }
        vault.erase(tenant, subjects.get(2));
        byte[] before = wrapped(subjects.get(0));

        int rewrapped = new TransactionTemplate(transactions).execute(status -> vault.rotateTenantKey(tenant));

        assertThat(rewrapped).as("the live keys, not the tombstone").isEqualTo(2);
        assertThat(wrapped(subjects.get(0))).isNotEqualTo(before);
        assertThat(jdbc.queryForList("SELECT version FROM keyvault.tenant_key WHERE tenant_id = ?", Integer.class, tenant))
                .containsExactly(2);
        assertThat(jdbc.queryForObject("SELECT tenant_key_version FROM keyvault.subject_key WHERE subject_id = ?",
                Integer.class, subjects.get(1))).isEqualTo(2);
        JdbcKeyVault fresh = node(master);
        assertThat(fresh.open(subjects.get(0), PersonalField.DISPLAY_NAME, sealed.get(0))).hasValue("回転 0");
        assertThat(fresh.open(subjects.get(1), PersonalField.DISPLAY_NAME, sealed.get(1))).hasValue("回転 1");
        assertThat(fresh.open(subjects.get(2), PersonalField.DISPLAY_NAME, sealed.get(2))).isEmpty();
        // A node still holding the retired version creates new keys under the current one.
        String late = UUID.randomUUID().toString();
        SealedValue lateValue = vault.seal(tenant, late, PersonalField.DISPLAY_NAME, "後から");
        assertThat(jdbc.queryForObject("SELECT tenant_key_version FROM keyvault.subject_key WHERE subject_id = ?",
                Integer.class, late)).isEqualTo(2);
        assertThat(node(master).open(late, PersonalField.DISPLAY_NAME, lateValue)).hasValue("後から");
    }

    @Test
    void aMasterKeyRotationReWrapsEveryTenantKeyAndTheOldFileNoLongerFits() throws Exception {
        Path master = DATA_DIR.resolve("keys/master.key");
        Path next = Files.createTempDirectory("master").resolve("master-2.key");
        JdbcKeyVault vault = node(master);
        String tenant = UUID.randomUUID().toString();
        String subject = UUID.randomUUID().toString();
        SealedValue value = vault.seal(tenant, subject, PersonalField.MY_NUMBER, "123456789018");
        MasterKey newKey = MasterKey.loadOrGenerate(next, true);
        TransactionTemplate tx = new TransactionTemplate(transactions);
        try {
            int tenants = tx.execute(status -> vault.rotateMasterKey(newKey));
            assertThat(tenants).isGreaterThanOrEqualTo(1);
            assertThat(jdbc.queryForList("SELECT DISTINCT master_key_id FROM keyvault.tenant_key", String.class))
                    .containsExactly(newKey.keyId());
            assertThat(node(next).open(subject, PersonalField.MY_NUMBER, value)).hasValue("123456789018");
            assertThatThrownBy(() -> node(master)).as("the old key file is refused").isInstanceOf(IllegalStateException.class);
        } finally {
            // Give the running server its key back.
            tx.execute(status -> vault.rotateMasterKey(MasterKey.loadOrGenerate(master, false)));
        }
        assertThat(node(master).open(subject, PersonalField.MY_NUMBER, value)).hasValue("123456789018");
    }

    @Test
    void onlyThePlatformAdministratorRotatesACompanysKeyAndTheRotationIsRecorded() {
        HttpClientForTests manager = new HttpClientForTests(port).as("demo-manager");
        String company = manager.firstCompany();
        assertThat(manager.post("/api/v1/companies/" + company + "/key-rotations", "").code()).isEqualTo("ACCESS_DENIED");
        HttpClientForTests admin = new HttpClientForTests(port).as("admin", ADMIN_PASSWORD);
        HttpClientForTests.Response rotated = admin.post("/api/v1/companies/" + company + "/key-rotations", "");
        assertThat(rotated.status()).isEqualTo(201);
        assertThat(rotated.json().get("rewrappedDataKeys").asInt()).isGreaterThan(0);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM axon.domainevententry WHERE payloadtype LIKE '%TenantKeyRotatedEvent'",
                Integer.class)).isGreaterThanOrEqualTo(1);
        // The demo's numbers still open after it: the handler reveals 山田 太郎's.
        HttpClientForTests handler = new HttpClientForTests(port).as("demo-handler");
        String yamada = null;
        for (com.fasterxml.jackson.databind.JsonNode row : handler.get("/api/v1/companies/" + company + "/subjects").json()) {
            if ("E001".equals(row.path("employeeCode").asText())) {
                yamada = row.get("id").asText();
            }
        }
        assertThat(handler.post("/api/v1/companies/" + company + "/subjects/" + yamada + "/my-number/reveal",
                "{\"purpose\":\"WITHHOLDING_TAX\",\"reason\":\"鍵更新後の確認\"}").json().get("myNumber").asText())
                .matches("[0-9]{12}");
        assertThat(admin.post("/api/v1/companies/" + UUID.randomUUID() + "/key-rotations", "").code())
                .isEqualTo("COMPANY_NOT_FOUND");
    }

    private byte[] wrapped(String subject) {
        return jdbc.queryForObject("SELECT wrapped_key FROM keyvault.subject_key WHERE subject_id = ?", byte[].class, subject);
    }
}
