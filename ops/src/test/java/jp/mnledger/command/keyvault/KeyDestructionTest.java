package jp.mnledger.command.keyvault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.github.benmanes.caffeine.cache.Ticker;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import jp.mnledger.kernel.error.DomainException;
import jp.mnledger.kernel.number.MyNumber;
import jp.mnledger.kernel.seal.PersonalField;
import jp.mnledger.kernel.seal.SealedValue;
import jp.mnledger.ops.HttpClientForTests;
import jp.mnledger.ops.ServerTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What destroying a key means on the real database: how long another node's cache may still decrypt (the cache
 * lifetime, and not a second more), that no key is ever created again, and that a key brought back by restoring an
 * old backup is destroyed again at start — from the tombstone file, or from the disposal events.
 */
class KeyDestructionTest extends ServerTestBase {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    private final AtomicLong nanos = new AtomicLong();
    private final Ticker ticker = nanos::get;

    private JdbcKeyVault node(Path tombstones) {
        KeyVaultProperties properties = new KeyVaultProperties(DATA_DIR.resolve("keys/master.key"), false,
                Duration.ofSeconds(30), 100, tombstones);
        return new JdbcKeyVault(jdbc, MasterKey.loadOrGenerate(properties.masterKeyFile(), false), properties,
                Clock.systemUTC(), ticker);
    }

    @Test
    void anotherNodesCacheDecryptsForTheCacheLifetimeAndNotLonger() throws Exception {
        Path tombstones = Files.createTempDirectory("tombstones").resolve("tombstones.log");
        JdbcKeyVault nodeA = node(tombstones);
        JdbcKeyVault nodeB = node(tombstones);
        String tenant = UUID.randomUUID().toString();
        String subject = UUID.randomUUID().toString();
        SealedValue sealed = nodeA.seal(tenant, subject, PersonalField.DISPLAY_NAME, "鍵 消去");
        assertThat(nodeB.open(subject, PersonalField.DISPLAY_NAME, sealed)).hasValue("鍵 消去");

        assertThat(nodeA.erase(tenant, subject)).isTrue();
        assertThat(nodeA.open(subject, PersonalField.DISPLAY_NAME, sealed)).as("the erasing node: at once").isEmpty();
        nanos.addAndGet(Duration.ofSeconds(29).toNanos());
        assertThat(nodeB.open(subject, PersonalField.DISPLAY_NAME, sealed)).as("another node, within its cache lifetime")
                .hasValue("鍵 消去");
        nanos.addAndGet(Duration.ofSeconds(2).toNanos());
        assertThat(nodeB.open(subject, PersonalField.DISPLAY_NAME, sealed)).as("after it").isEmpty();

        assertThatThrownBy(() -> nodeB.seal(tenant, subject, PersonalField.DISPLAY_NAME, "復活"))
                .isInstanceOf(DomainException.class).hasMessageContaining("SUBJECT_KEY_DESTROYED");
        assertThat(Files.readString(tombstones)).startsWith(subject + "\t" + tenant + "\t");
    }

    @Test
    void aKeyRestoredFromAnOldBackupIsDestroyedAgainFromTheTombstoneFile() throws Exception {
        Path tombstones = Files.createTempDirectory("tombstones").resolve("tombstones.log");
        JdbcKeyVault vault = node(tombstones);
        String tenant = UUID.randomUUID().toString();
        String subject = UUID.randomUUID().toString();
        SealedValue sealed = vault.seal(tenant, subject, PersonalField.MY_NUMBER, "123456789018");
        byte[] wrapped = jdbc.queryForObject("SELECT wrapped_key FROM keyvault.subject_key WHERE subject_id = ?",
                byte[].class, subject);
        vault.erase(tenant, subject);

        restore(subject, wrapped);
        JdbcKeyVault restarted = node(tombstones);
        assertThat(restarted.reconcileTombstones()).isGreaterThanOrEqualTo(1);
        assertThat(KeyVaultProbe.keyRowDestroyed(jdbc, subject)).isTrue();
        assertThat(restarted.open(subject, PersonalField.MY_NUMBER, sealed)).isEmpty();
    }

    @Test
    void aKeyRestoredWithoutItsTombstoneLineIsDestroyedAgainFromTheDisposalEvent() throws Exception {
        HttpClientForTests manager = new HttpClientForTests(port).as("demo-manager");
        HttpClientForTests handler = new HttpClientForTests(port).as("demo-handler");
        String company = manager.firstCompany();
        String subject = manager.registerSubject(company, "EMPLOYEE", "復元 太郎", "KD" + UUID.randomUUID().toString()
                .substring(0, 6), null);
        String base = "/api/v1/companies/" + company + "/subjects/" + subject;
        assertThat(handler.post(base + "/my-number", "{\"myNumber\":\"" + MyNumber.fromBaseDigits("71234567890").digits()
                + "\",\"channel\":\"PAPER\",\"purposesNotified\":[\"SOCIAL_INSURANCE\"]}").status()).isEqualTo(201);
        byte[] wrapped = jdbc.queryForObject("SELECT wrapped_key FROM keyvault.subject_key WHERE subject_id = ?",
                byte[].class, subject);
        assertThat(manager.post(base + "/employment", "{\"change\":\"ENDED\",\"effectiveOn\":\"2015-03-31\"}").status())
                .isEqualTo(204);
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM read_model.retention_facts WHERE subject_id = ? AND due_on IS NOT NULL", Integer.class,
                subject) == 1);
        manager.post("/api/v1/companies/" + company + "/retention-sweeps", "");
        assertThat(manager.post("/api/v1/companies/" + company + "/disposals", "{\"subjectIds\":[\"" + subject + "\"]}")
                .json().get("disposed").asInt()).isEqualTo(1);

        restore(subject, wrapped);
        Path emptyTombstoneFile = Files.createTempDirectory("tombstones").resolve("tombstones.log");
        assertThat(node(emptyTombstoneFile).reconcileTombstones()).isGreaterThanOrEqualTo(1);
        assertThat(KeyVaultProbe.keyRowDestroyed(jdbc, subject)).isTrue();
        assertThat(Files.readString(emptyTombstoneFile)).as("the file learns it from the events").contains(subject);
    }

    /** What restoring the vault from a backup taken before the disposal does to the subject's row. */
    private void restore(String subject, byte[] wrapped) {
        jdbc.update("UPDATE keyvault.subject_key SET wrapped_key = ?, destroyed_at = NULL WHERE subject_id = ?", wrapped,
                subject);
        assertThat(KeyVaultProbe.keyRowDestroyed(jdbc, subject)).isFalse();
    }
}
