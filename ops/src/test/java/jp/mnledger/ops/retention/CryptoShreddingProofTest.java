package jp.mnledger.ops.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import jp.mnledger.command.keyvault.KeyVaultProbe;
import jp.mnledger.kernel.number.MyNumber;
import jp.mnledger.ops.HttpClientForTests;
import jp.mnledger.ops.ServerTestBase;
import jp.mnledger.ops.TestImages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The proof of crypto-shredding (issue 5): canary subjects with canary numbers, names and ID photos are
 * disposed of; then the event table, every table of every schema, the captured log and — after VACUUM FULL and
 * CHECKPOINT — every file of the PostgreSQL data directory are searched for the plaintext digits, the names,
 * the photo markers, and the destroyed keys' bytes (raw and wrapped): zero hits. Before disposal the same scan
 * must find the keys and the names, or the scan proves nothing.
 */
@ExtendWith(OutputCaptureExtension.class)
class CryptoShreddingProofTest extends ServerTestBase {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DisposalCompaction compaction;

    @Test
    void afterDisposalNoCopyOfTheNumbersNamesPhotosOrKeysIsLeftAnywhere(CapturedOutput output) throws IOException {
        HttpClientForTests manager = new HttpClientForTests(port).as("demo-manager");
        HttpClientForTests handler = new HttpClientForTests(port).as("demo-handler");
        String company = manager.firstCompany();
        String base = "/api/v1/companies/" + company + "/subjects/";
        String tag = UUID.randomUUID().toString().substring(0, 8);

        Map<String, byte[]> canaries = new LinkedHashMap<>();
        List<String> subjects = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String name = "カナリア" + tag + "の" + i;
            String number = MyNumber.fromBaseDigits("%011d".formatted(93_000_000_000L + (System.nanoTime() % 100_000_000L)
                    + i)).digits();
            String marker = "canary-photo-" + tag + "-" + i;
            String subject = manager.registerSubject(company, "EMPLOYEE", name, "K" + tag + i, null);
            assertThat(handler.post(base + subject + "/my-number", "{\"myNumber\":\"" + number
                    + "\",\"channel\":\"PAPER\",\"purposesNotified\":[\"WITHHOLDING_TAX\",\"SOCIAL_INSURANCE\"]}").status())
                    .isEqualTo(201);
            assertThat(handler.postBytes(base + subject + "/id-documents?kind=IDENTITY_CHECK", "image/png",
                    TestImages.png(marker)).status()).isEqualTo(201);
            assertThat(handler.post(base + subject + "/my-number/reveal",
                    "{\"purpose\":\"WITHHOLDING_TAX\",\"reason\":\"年末調整\"}").json().get("myNumber").asText()).isEqualTo(number);
            assertThat(manager.post(base + subject + "/employment", "{\"change\":\"ENDED\",\"effectiveOn\":\"2015-03-31\"}")
                    .status()).isEqualTo(204);
            canaries.put("number " + i, number.getBytes(StandardCharsets.US_ASCII));
            canaries.put("name " + i, name.getBytes(StandardCharsets.UTF_8));
            canaries.put("photo " + i, marker.getBytes(StandardCharsets.US_ASCII));
            canaries.put("raw key " + i, KeyVaultProbe.rawDataKey(jdbc, DATA_DIR.resolve("keys/master.key"), subject));
            canaries.put("wrapped key " + i, jdbc.queryForObject(
                    "SELECT wrapped_key FROM keyvault.subject_key WHERE subject_id = ?", byte[].class, subject));
            subjects.add(subject);
        }
        await().atMost(Duration.ofSeconds(15)).until(() -> jdbc.queryForObject("""
                SELECT count(*) FROM read_model.retention_facts WHERE subject_id = ANY (?) AND due_on IS NOT NULL""",
                Integer.class, (Object) subjects.toArray(String[]::new)) == 3);

        // The control: before disposal the scan finds the names and the wrapped keys in the data directory.
        // (Retried: once in CI the first pass saw nothing on disk yet — the control must hold before the real check.)
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            compaction.compact();
            assertThat(scanDataDirectory(canaries).keySet()).as("the scan must see what is there")
                    .contains("name 0", "wrapped key 0");
        });

        assertThat(manager.post("/api/v1/companies/" + company + "/retention-sweeps", "").json().get("proposed").asInt())
                .isGreaterThanOrEqualTo(3);
        String ids = String.join("\",\"", subjects);
        assertThat(manager.post("/api/v1/companies/" + company + "/disposals", "{\"subjectIds\":[\"" + ids + "\"]}")
                .json().get("disposed").asInt()).isEqualTo(3);
        await().atMost(Duration.ofSeconds(15)).until(() -> jdbc.queryForObject("""
                SELECT count(*) FROM read_model.subject WHERE subject_id = ANY (?) AND my_number_status = 'DISPOSED'""",
                Integer.class, (Object) subjects.toArray(String[]::new)) == 3);
        subjects.forEach(s -> assertThat(KeyVaultProbe.keyRowDestroyed(jdbc, s)).isTrue());

        compaction.compact();

        assertThat(scanEventStore(canaries)).as("event store").isEmpty();
        assertThat(scanAllTables(canaries)).as("every table").isEmpty();
        assertThat(scanLog(output.getAll(), canaries)).as("log").isEmpty();
        assertThat(scanDataDirectory(canaries)).as("PostgreSQL data directory after VACUUM FULL and CHECKPOINT").isEmpty();
    }

    private Map<String, List<String>> scanEventStore(Map<String, byte[]> canaries) {
        Map<String, List<String>> hits = new LinkedHashMap<>();
        jdbc.query("SELECT globalindex, payload, metadata FROM axon.domainevententry", rs -> {
            long index = rs.getLong(1);
            byte[] payload = rs.getBytes(2);
            byte[] metadata = rs.getBytes(3);
            canaries.forEach((what, bytes) -> {
                if (indexOf(payload, bytes) >= 0 || (metadata != null && indexOf(metadata, bytes) >= 0)) {
                    hits.computeIfAbsent(what, k -> new ArrayList<>()).add("event " + index);
                }
            });
        });
        return hits;
    }

    /** Every row of every table outside the system catalogs, as text, with bytea as hex. */
    private Map<String, List<String>> scanAllTables(Map<String, byte[]> canaries) {
        Map<String, List<String>> hits = new LinkedHashMap<>();
        List<String> tables = jdbc.queryForList("""
                SELECT quote_ident(schemaname) || '.' || quote_ident(tablename) FROM pg_tables
                WHERE schemaname NOT IN ('pg_catalog', 'information_schema')""", String.class);
        for (String table : tables) {
            jdbc.query("SELECT t::text FROM " + table + " t", rs -> {
                String row = rs.getString(1);
                canaries.forEach((what, bytes) -> {
                    String text = new String(bytes, StandardCharsets.UTF_8);
                    String hex = HexFormat.of().formatHex(bytes);
                    if (row.contains(text) || row.contains(hex)) {
                        hits.computeIfAbsent(what, k -> new ArrayList<>()).add(table);
                    }
                });
            });
        }
        return hits;
    }

    private static Map<String, List<String>> scanLog(String log, Map<String, byte[]> canaries) {
        Map<String, List<String>> hits = new LinkedHashMap<>();
        canaries.forEach((what, bytes) -> {
            if (log.contains(new String(bytes, StandardCharsets.UTF_8)) || log.contains(HexFormat.of().formatHex(bytes))) {
                hits.computeIfAbsent(what, k -> new ArrayList<>()).add("log");
            }
        });
        return hits;
    }

    private static Map<String, List<String>> scanDataDirectory(Map<String, byte[]> canaries) throws IOException {
        Map<String, List<String>> hits = new LinkedHashMap<>();
        Path postgres = DATA_DIR.resolve("postgres");
        assertThat(postgres).isDirectory();
        try (Stream<Path> files = Files.walk(postgres)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                byte[] content;
                try {
                    content = Files.readAllBytes(file);
                } catch (IOException e) {
                    continue; // a file removed while walking (a retired WAL segment)
                }
                canaries.forEach((what, bytes) -> {
                    if (indexOf(content, bytes) >= 0) {
                        hits.computeIfAbsent(what, k -> new ArrayList<>()).add(postgres.relativize(file).toString());
                    }
                });
            }
        }
        return hits;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
