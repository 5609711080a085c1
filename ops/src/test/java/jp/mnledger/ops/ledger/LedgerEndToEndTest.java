package jp.mnledger.ops.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import jp.mnledger.kernel.ledger.LedgerLeaf;
import jp.mnledger.kernel.ledger.SignedTreeHead;
import jp.mnledger.kernel.ledger.TreeHeadResponse;
import jp.mnledger.ops.HttpClientForTests;
import jp.mnledger.ops.ServerTestBase;
import jp.mnledger.ops.ledger.bundle.EvidenceBundle;
import jp.mnledger.ops.ledger.bundle.EvidenceBundleWriter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The ledger in the running server on its real database: a leaf for every stored event (access decisions
 * included), signed heads over HTTP whose signatures verify with the exported public key under the JDK's own
 * Ed25519, bundles from the live database that verify, the live database verified read-only, a changed event
 * row found at its leaf — and a subject's key destroyed without the chain noticing.
 */
@ExtendWith(OutputCaptureExtension.class)
class LedgerEndToEndTest extends ServerTestBase {

    private static final String NUMBER = "123456789018";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    BundleWriter bundles;
    @Autowired
    DataSource dataSource;
    @Autowired
    TreeHeadSigner signer;
    @TempDir
    Path temp;

    private HttpClientForTests auditor;
    private HttpClientForTests handler;
    private String company;

    @BeforeEach
    void setUp() {
        auditor = new HttpClientForTests(port).as("demo-auditor");
        handler = new HttpClientForTests(port).as("demo-handler");
        company = handler.firstCompany();
    }

    private long events() {
        return jdbc.queryForObject("SELECT count(*) FROM axon.domainevententry", Long.class);
    }

    private long leaves() {
        return jdbc.queryForObject("SELECT count(*) FROM ledger.leaf", Long.class);
    }

    private void awaitTheLedger() {
        await().atMost(Duration.ofSeconds(30)).until(() -> leaves() == events());
    }

    private String acquiredSubject(String name) {
        String subject = handler.registerSubject(company, "EMPLOYEE", name, "L" + System.nanoTime() % 100000, null);
        assertThat(handler.acquire(company, subject, NUMBER).status()).isEqualTo(201);
        return subject;
    }

    private BundleTamperTest.Run verify(String... args) {
        return BundleTamperTest.verify(args);
    }

    private String[] database(String... more) {
        List<String> args = new ArrayList<>(List.of("--jdbc-url", ((HikariDataSource) dataSource).getJdbcUrl(), "--user", "postgres"));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    @Test
    void everyStoredEventBecomesALeafAccessDenialsIncluded() {
        acquiredSubject("台帳 一郎");
        HttpClientForTests payroll = new HttpClientForTests(port).as("demo-payroll");
        assertThat(payroll.get("/api/v1/companies/" + company + "/access-log").status()).isEqualTo(403);

        awaitTheLedger();
        assertThat(jdbc.queryForObject("""
                SELECT count(*) FROM axon.domainevententry e LEFT JOIN ledger.leaf l ON l.event_identifier = e.eventidentifier
                WHERE l.leaf_index IS NULL""", Long.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT max(leaf_index) + 1 FROM ledger.leaf", Long.class)).isEqualTo(leaves());
        assertThat(jdbc.queryForObject("""
                SELECT count(*) FROM axon.domainevententry e JOIN ledger.leaf l ON l.event_identifier = e.eventidentifier
                WHERE e.payloadtype LIKE '%AccessDeniedEvent'""", Long.class)).isPositive();
        // Each recorded hash is the hash of the row's canonical bytes, and the global index is the row's.
        jdbc.query("SELECT l.leaf_hash, l.global_index, " + EventRows.columns("e")
                + " FROM ledger.leaf l JOIN axon.domainevententry e ON e.eventidentifier = l.event_identifier", rs -> {
                    LedgerLeaf leaf = EventRows.leaf(rs, 3);
                    assertThat(rs.getBytes(1)).isEqualTo(leaf.leafHash());
                    assertThat(rs.getLong(2)).isEqualTo(leaf.globalIndex());
                });
    }

    @Autowired
    org.axonframework.config.EventProcessingConfiguration processing;

    @Test
    void theLedgerIsOneSequentialTrackingProcessorOfItsOwn() {
        org.axonframework.eventhandling.EventProcessor processor =
                processing.eventProcessorByProcessingGroup(LedgerProcessor.PROCESSING_GROUP).orElseThrow();
        assertThat(processor.getName()).isEqualTo("ledger");
        assertThat(processor).isInstanceOf(org.axonframework.eventhandling.TrackingEventProcessor.class);
        assertThat(((org.axonframework.eventhandling.TrackingEventProcessor) processor).maxCapacity()).isEqualTo(1);
    }

    /** Rotation: a new key signs, the old public key stays published (retired), and heads of both keys verify. */
    @Test
    void aRotatedKeySignsTheNextHeadsAndTheOldOnesStillVerify() throws Exception {
        SignedTreeHead before = signer.signNow();
        LedgerSigningKeys.SigningKey fresh = LedgerSigningKeys.rotate(DATA_DIR.resolve("keys/ledger-signing"),
                java.time.Clock.systemUTC());
        acquiredSubject("鍵更新 四郎");
        awaitTheLedger();
        HttpClientForTests.Response signed = auditor.post("/api/v1/ledger/heads", "{}");
        assertThat(signed.json().get("keyId").asText()).isEqualTo(fresh.keyId()).isNotEqualTo(before.keyId());
        JsonNode keys = auditor.get("/api/v1/ledger/public-keys").json();
        List<String> retired = new ArrayList<>();
        keys.forEach(k -> {
            if (!k.get("retiredAt").isNull()) {
                retired.add(k.get("keyId").asText());
            }
        });
        assertThat(retired).contains(before.keyId()).doesNotContain(fresh.keyId());
        EvidenceBundleWriter.Summary bundle = bundles.write(temp.resolve("rotated.zip"), null);
        BundleTamperTest.Run run = verify(bundle.path().toString());
        assertThat(run.exit()).as(run.out()).isZero();
        assertThat(run.out()).contains(before.keyId()).contains(fresh.keyId());
    }

    @Test
    void theLedgerIsAppendOnlyInTheDatabase() {
        awaitTheLedger();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.update("DELETE FROM ledger.leaf WHERE leaf_index = 0"))
                .hasMessageContaining("append-only");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.update("UPDATE ledger.tree_head SET tree_size = 0"))
                .hasMessageContaining("append-only");
    }

    @Test
    void aHeadSignedOnDemandVerifiesWithTheExportedPublicKeyUnderTheJdksOwnEd25519() throws Exception {
        HttpClientForTests.Response signed = auditor.post("/api/v1/ledger/heads", "{}");
        assertThat(signed.status()).isEqualTo(201);
        TreeHeadResponse head = EvidenceBundle.json().readValue(signed.body(), TreeHeadResponse.class);
        assertThat(head.treeSize()).isPositive();
        HttpClientForTests.Response latest = auditor.get("/api/v1/ledger/heads/latest");
        assertThat(latest.status()).isEqualTo(200);
        assertThat(latest.json().get("treeSize").asLong()).isGreaterThanOrEqualTo(head.treeSize());

        JsonNode keys = auditor.get("/api/v1/ledger/public-keys").json();
        JsonNode key = null;
        for (JsonNode k : keys) {
            if (k.get("keyId").asText().equals(head.keyId())) {
                key = k;
            }
        }
        assertThat(key).isNotNull();
        assertThat(key.get("algorithm").asText()).isEqualTo("Ed25519");
        assertThat(key.get("retiredAt").isNull()).isTrue();
        PublicKey publicKey = KeyFactory.getInstance("Ed25519")
                .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(key.get("spki").asText())));
        Signature jdk = Signature.getInstance("Ed25519");
        jdk.initVerify(publicKey);
        SignedTreeHead signedHead = head.toSignedTreeHead();
        jdk.update(signedHead.signingInput());
        assertThat(jdk.verify(signedHead.signature())).isTrue();
    }

    @Test
    void theSigningKeyLivesInItsOwnFileApartFromTheMasterKey() throws Exception {
        SignedTreeHead head = signer.signNow();
        Path dir = DATA_DIR.resolve("keys/ledger-signing");
        Path file = dir.resolve(head.keyId() + ".key");
        assertThat(file).exists();
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.getPosixFilePermissions(dir)).isEqualTo(PosixFilePermissions.fromString("rwx------"));
        assertThat(Files.readString(file)).doesNotContain(Files.readString(DATA_DIR.resolve("keys/master.key")).lines()
                .filter(l -> !l.startsWith("#")).findFirst().orElseThrow().substring(24));
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).hasSize(1);
        }
    }

    @Test
    void bundlesExportedFromTheLiveDatabaseVerifyAndSoDoesTheDatabaseItself(CapturedOutput output) throws Exception {
        String subject = acquiredSubject("台帳 二郎");
        awaitTheLedger();

        EvidenceBundleWriter.Summary full = bundles.write(temp.resolve("full.zip"), null);
        assertThat(full.eventCount()).isEqualTo(full.treeSize());
        BundleTamperTest.Run fullRun = verify(full.path().toString());
        assertThat(fullRun.exit()).as(fullRun.out()).isZero();

        EvidenceBundleWriter.Summary mine = bundles.write(temp.resolve("company"), company);
        assertThat(mine.eventCount()).isPositive().isLessThan(full.eventCount());
        String acquired = jdbc.queryForObject("""
                SELECT eventidentifier FROM axon.domainevententry
                WHERE aggregateidentifier = ? AND payloadtype LIKE '%MyNumberAcquiredEvent'""", String.class, subject);
        BundleTamperTest.Run companyRun = verify(mine.path().toString(), "--event", acquired);
        assertThat(companyRun.exit()).as(companyRun.out()).isZero();
        assertThat(companyRun.out()).contains("inclusion proof verified");

        BundleTamperTest.Run live = verify(database("--event", acquired));
        assertThat(live.exit()).as(live.out()).isZero();
        assertThat(live.out()).contains("database jdbc:postgresql://").contains("(read only)").contains("included in the signed tree");
        assertThat(fullRun.out() + companyRun.out() + live.out() + output.getAll()).doesNotContain(NUMBER).doesNotContain("台帳 二郎");
    }

    @Test
    void theCommandLineExportWritesTheSameKindOfBundleReadOnly() {
        acquiredSubject("台帳 三郎");
        awaitTheLedger();
        signer.signNow();
        Path out = temp.resolve("cli-export.zip");
        java.io.ByteArrayOutputStream stdout = new java.io.ByteArrayOutputStream();
        int exit = jp.mnledger.ops.cli.Cli.run(Stream.concat(Stream.of("export", "--out", out.toString(), "--company", company),
                        Stream.of(database())).toArray(String[]::new),
                new java.io.PrintStream(stdout, true, java.nio.charset.StandardCharsets.UTF_8), System.err);
        assertThat(exit).isZero();
        assertThat(stdout.toString(java.nio.charset.StandardCharsets.UTF_8)).contains("company " + company);
        assertThat(verify(out.toString()).exit()).isZero();
    }

    /** Disposal destroys keys, never events: the tree, the heads and every proof are untouched (DESIGN.md). */
    @Test
    void destroyingASubjectsKeyChangesNothingTheChainCovers() throws Exception {
        String subject = acquiredSubject("廃棄 花子");
        awaitTheLedger();
        Path before = temp.resolve("known-head.json");
        EvidenceBundle.json().writeValue(before.toFile(), TreeHeadResponse.of(signer.signNow()));
        String acquired = jdbc.queryForObject("""
                SELECT eventidentifier FROM axon.domainevententry
                WHERE aggregateidentifier = ? AND payloadtype LIKE '%MyNumberAcquiredEvent'""", String.class, subject);
        byte[] leafBefore = jdbc.queryForObject("SELECT leaf_hash FROM ledger.leaf WHERE event_identifier = ?", byte[].class, acquired);

        assertThat(jdbc.update("UPDATE keyvault.subject_key SET wrapped_key = NULL, destroyed_at = now() WHERE subject_id = ?",
                subject)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT wrapped_key IS NULL AND destroyed_at IS NOT NULL FROM keyvault.subject_key "
                + "WHERE subject_id = ?", Boolean.class, subject)).as("a tombstone").isTrue();
        assertThat(jdbc.queryForObject("SELECT leaf_hash FROM ledger.leaf WHERE event_identifier = ?", byte[].class, acquired))
                .isEqualTo(leafBefore);

        EvidenceBundleWriter.Summary after = bundles.write(temp.resolve("after-disposal"), null);
        BundleTamperTest.Run run = verify(after.path().toString(), "--known-head", before.toString(), "--event", acquired);
        assertThat(run.exit()).as(run.out()).isZero();
        assertThat(run.out()).contains("known head: size").contains("included in the signed tree");
        assertThat(verify(database("--known-head", before.toString())).exit()).isZero();
    }

    @Test
    void aChangedEventRowIsFoundByTheLiveVerifierAtItsLeaf() {
        String subject = acquiredSubject("改ざん 次郎");
        awaitTheLedger();
        signer.signNow();
        String acquired = jdbc.queryForObject("""
                SELECT eventidentifier FROM axon.domainevententry
                WHERE aggregateidentifier = ? AND payloadtype LIKE '%MyNumberAcquiredEvent'""", String.class, subject);
        long leaf = jdbc.queryForObject("SELECT leaf_index FROM ledger.leaf WHERE event_identifier = ?", Long.class, acquired);
        byte[] original = jdbc.queryForObject("SELECT metadata FROM axon.domainevententry WHERE eventidentifier = ?", byte[].class,
                acquired);
        try {
            jdbc.update("UPDATE axon.domainevententry SET metadata = set_byte(metadata, 3, get_byte(metadata, 3) # 1) "
                    + "WHERE eventidentifier = ?", acquired);
            BundleTamperTest.Run run = verify(database("--json"));
            assertThat(run.exit()).as(run.out()).isEqualTo(1);
            assertThat(run.firstBadIndex()).isEqualTo(leaf);
            assertThat(run.kinds()).contains("EVENT_CHANGED");
        } finally {
            jdbc.update("UPDATE axon.domainevententry SET metadata = ? WHERE eventidentifier = ?", original, acquired);
        }
        assertThat(verify(database()).exit()).isZero();
    }
}
