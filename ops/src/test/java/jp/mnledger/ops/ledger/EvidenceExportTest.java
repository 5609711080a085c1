package jp.mnledger.ops.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.zaxxer.hikari.HikariDataSource;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.sql.DataSource;
import jp.mnledger.kernel.ledger.LedgerLeaf;
import jp.mnledger.kernel.number.MyNumber;
import jp.mnledger.ops.HttpClientForTests;
import jp.mnledger.ops.NoMyNumbers;
import jp.mnledger.ops.ServerTestBase;
import jp.mnledger.ops.cli.Cli;
import jp.mnledger.ops.ledger.bundle.EvidenceBundle;
import jp.mnledger.ops.ledger.bundle.EvidenceSelection;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The evidence export over real HTTP on the real database (issue 6, item 6): a company's, a subject's and a
 * period's bundle, each a zip that the Java verifier and docs/verify_bundle.py accept, with a Japanese
 * summary.pdf; bad parameters refused with stable codes; only the company's auditors; every export an event
 * in the ledger and a line of the access log; no number anywhere — and, the done-when: after subjects are
 * disposed of (keys destroyed), a fresh export still verifies and holds the disposals.
 */
class EvidenceExportTest extends ServerTestBase {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;
    @TempDir
    Path temp;

    private HttpClientForTests auditor;
    private HttpClientForTests manager;
    private HttpClientForTests handler;
    private HttpClientForTests payroll;
    private String company;
    private final List<String> clearNumbers = new ArrayList<>();

    @BeforeEach
    void setUp() {
        auditor = new HttpClientForTests(port).as("demo-auditor");
        manager = new HttpClientForTests(port).as("demo-manager");
        handler = new HttpClientForTests(port).as("demo-handler");
        payroll = new HttpClientForTests(port).as("demo-payroll");
        company = manager.firstCompany();
    }

    // ---- the done-when ----

    @Test
    void afterDisposingOfSubjectsAFreshExportStillVerifiesAndHoldsTheDisposals() throws Exception {
        String first = leaverWithANumber("証跡 一郎");
        String second = leaverWithANumber("証跡 二郎");
        Export before = export(auditor, "");
        assertThat(before.verifiedByJava()).isTrue();
        assertThat(before.subjectsWith("MyNumberAcquiredEvent")).contains(first, second);

        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject("SELECT count(*) FROM read_model.retention_facts "
                + "WHERE subject_id IN (?, ?) AND due_on IS NOT NULL", Integer.class, first, second) == 2);
        assertThat(manager.post("/api/v1/companies/" + company + "/retention-sweeps", "").status()).isEqualTo(200);
        JsonNode disposal = manager.post("/api/v1/companies/" + company + "/disposals",
                "{\"subjectIds\":[\"" + first + "\",\"" + second + "\"]}").json();
        assertThat(disposal.get("disposed").asInt()).as(disposal.toString()).isEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM keyvault.subject_key WHERE subject_id IN (?, ?) "
                + "AND wrapped_key IS NULL AND destroyed_at IS NOT NULL", Integer.class, first, second)).as("keys destroyed")
                .isEqualTo(2);

        Export after = export(auditor, "");
        assertThat(after.verifiedByJava()).isTrue();
        after.verifyWithPythonIfPresent();
        assertThat(after.subjectsWith("SubjectDisposedEvent")).contains(first, second);
        assertThat(after.subjectsWith("MyNumberAcquiredEvent")).as("the ciphertext stays; only the keys went").contains(first, second);
        assertThat(after.manifest().get("treeSize").asLong()).isGreaterThan(before.manifest().get("treeSize").asLong());
        assertThat(after.exportIdsRecorded()).as("the first export is itself an event of the company").contains(before.exportId());
        after.assertNoNumbers();
        before.assertNoNumbers();

        String pdf = after.pdfText();
        assertThat(pdf).contains(EvidenceExportTest.TITLE, company, after.manifest().get("rootHash").asText(),
                "ツリーサイズ", "廃棄（暗号鍵の消去）", "個人番号の取得", "証跡の書き出し", "java -jar mnledger-server.jar verify",
                after.exportId()).doesNotContain("証跡 一郎", "証跡 二郎");
    }

    // ---- scopes ----

    @Test
    void aSubjectsBundleHoldsThatSubjectsEventsOnlyAndTheVerifierHoldsItToThat() throws Exception {
        String subject = employeeWithANumber("証跡 三郎");
        String other = employeeWithANumber("証跡 四郎");
        Export export = export(auditor, "?subjectId=" + subject);
        assertThat(export.verifiedByJava()).isTrue();
        export.verifyWithPythonIfPresent();
        assertThat(export.manifest().get("subjectId").asText()).isEqualTo(subject);
        assertThat(export.manifest().get("scope").asText()).isEqualTo(EvidenceBundle.SCOPE_COMPANY);
        EvidenceSelection selection = new EvidenceSelection(company, subject, null, null);
        assertThat(export.leaves()).isNotEmpty().allMatch(selection::matches);
        assertThat(export.leaves()).extracting(LedgerLeaf::payloadType)
                .anyMatch(t -> t.endsWith("SubjectRegisteredEvent")).anyMatch(t -> t.endsWith("MyNumberAcquiredEvent"));
        assertThat(export.subjectsWith("MyNumberAcquiredEvent")).containsExactly(subject).doesNotContain(other);
        assertThat(export.pdfText()).contains("指定した対象者のイベント", subject);
        export.assertNoNumbers();

        // A bundle that claims another subject than its events are about is refused: the selection is checked.
        Path dir = export.unzipped();
        ObjectNode manifest = (ObjectNode) EvidenceBundle.json().readTree(dir.resolve(EvidenceBundle.MANIFEST).toFile());
        manifest.put("subjectId", other);
        EvidenceBundle.json().writeValue(dir.resolve(EvidenceBundle.MANIFEST).toFile(), manifest);
        BundleTamperTest.Run run = BundleTamperTest.verify(dir.toString(), "--json");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.kinds()).contains("OUTSIDE_SELECTION");
    }

    @Test
    void aPeriodsBundleHoldsExactlyTheCompanysEventsOfThatPeriodWithProofs() throws Exception {
        Instant from = Instant.now().truncatedTo(ChronoUnit.MICROS);
        employeeWithANumber("証跡 五郎");
        Instant to = Instant.now().truncatedTo(ChronoUnit.MICROS);
        employeeWithANumber("証跡 六郎"); // after the period
        Export export = export(auditor, "?from=" + from + "&to=" + to);
        assertThat(export.verifiedByJava()).isTrue();
        export.verifyWithPythonIfPresent();
        assertThat(Instant.parse(export.manifest().get("from").asText())).isEqualTo(from);
        assertThat(Instant.parse(export.manifest().get("to").asText())).isEqualTo(to);
        EvidenceSelection period = new EvidenceSelection(company, null, from, to);
        assertThat(export.leaves()).isNotEmpty().allMatch(period::matches);
        long inStore = jdbc.queryForList("SELECT e.\"timestamp\" FROM axon.domainevententry e "
                + "JOIN ledger.leaf l ON l.event_identifier = e.eventidentifier WHERE l.leaf_index < ? "
                + "AND convert_from(e.metadata, 'UTF8')::jsonb ->> 'tenant' = ?", String.class,
                export.manifest().get("treeSize").asLong(), company).stream()
                .map(Instant::parse).filter(t -> !t.isBefore(from) && t.isBefore(to)).count();
        assertThat(export.leaves()).as("every event of the company in the period, none missing").hasSize((int) inStore);
        assertThat(export.subjectsWith("MyNumberAcquiredEvent")).hasSize(1);
        export.assertNoNumbers();
    }

    // ---- bad parameters and access ----

    @Test
    void badParametersAreRefusedWithStableCodesAndNothingIsRecorded() {
        long exports = exportEvents();
        String evidence = "/api/v1/companies/" + company + "/evidence";
        assertThat(auditor.get(evidence + "?from=yesterday").code()).isEqualTo("EVIDENCE_TIME_INVALID");
        assertThat(auditor.get(evidence + "?to=2026-13-01T00:00:00Z").code()).isEqualTo("EVIDENCE_TIME_INVALID");
        assertThat(auditor.get(evidence + "?from=2026-04-01").code()).as("a date is not a time").isEqualTo("EVIDENCE_TIME_INVALID");
        HttpClientForTests.Response backwards = auditor.get(evidence + "?from=2026-04-02T00:00:00Z&to=2026-04-01T00:00:00Z",
                "Accept-Language", "en");
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.code()).isEqualTo("EVIDENCE_PERIOD_INVALID");
        assertThat(backwards.body()).contains("must be before");
        assertThat(auditor.get(evidence + "?from=2026-04-01T00:00:00Z&to=2026-04-01T00:00:00Z").code())
                .isEqualTo("EVIDENCE_PERIOD_INVALID");
        assertThat(auditor.get(evidence + "?subjectId=" + java.util.UUID.randomUUID()).code()).isEqualTo("SUBJECT_NOT_FOUND");
        assertThat(auditor.get(evidence + "?subjectId=not-an-id").code()).isEqualTo("SUBJECT_NOT_FOUND");
        HttpClientForTests head = new HttpClientForTests(port).as("demo-head");
        String client2 = head.get("/api/v1/companies").json().get(1).get("id").asText();
        String theirs = head.registerSubject(client2, "EMPLOYEE", "他社 太郎", "X" + System.nanoTime() % 100000, null);
        HttpClientForTests.Response foreign = head.get(evidence + "?subjectId=" + theirs);
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.code()).as("another company's subject is not one of this company").isEqualTo("SUBJECT_NOT_FOUND");
        assertThat(auditor.get("/api/v1/companies/not-a-company/evidence").code()).isEqualTo("COMPANY_NOT_FOUND");
        assertThat(exportEvents()).as("no refused request is recorded as an export").isEqualTo(exports);
    }

    @Test
    void theCompanysAuditorsMayExportOthersAreRefusedAndEveryExportIsInTheAccessLog() throws Exception {
        String recent = "?from=" + Instant.now().minusSeconds(5);
        long denied = deniedExports();
        assertThat(payroll.getBytes("/api/v1/companies/" + company + "/evidence" + recent).asText().code()).isEqualTo("ACCESS_DENIED");
        assertThat(handler.getBytes("/api/v1/companies/" + company + "/evidence" + recent).asText().code()).isEqualTo("ACCESS_DENIED");
        HttpClientForTests head = new HttpClientForTests(port).as("demo-head");
        String client2 = head.get("/api/v1/companies").json().get(1).get("id").asText();
        HttpClientForTests.BinaryResponse otherTenant = auditor.getBytes("/api/v1/companies/" + client2 + "/evidence" + recent);
        assertThat(otherTenant.status()).isEqualTo(403);
        assertThat(otherTenant.asText().code()).isEqualTo("ACCESS_DENIED");
        assertThat(deniedExports()).as("each refusal is an event").isEqualTo(denied + 3);

        Export mine = export(auditor, recent);
        assertThat(mine.response().header("Content-Disposition")).isEqualTo("attachment; filename=\"evidence-" + mine.exportId()
                + ".zip\"");
        assertThat(mine.response().header("Cache-Control")).contains("no-store");
        Export headsOwn = export(head, recent, client2);
        assertThat(headsOwn.verifiedByJava()).isTrue();
        assertThat(headsOwn.manifest().get("companyId").asText()).isEqualTo(client2);

        JsonNode log = await().atMost(Duration.ofSeconds(10)).until(
                () -> manager.get("/api/v1/companies/" + company + "/access-log").json(),
                entries -> entries.toString().contains("ExportEvidenceCommand") && entries.toString().contains("GRANTED"));
        boolean found = false;
        for (JsonNode entry : log) {
            if (entry.toString().contains("ExportEvidenceCommand") && entry.toString().contains("\"GRANTED\"")
                    && entry.toString().contains("demo-auditor")) {
                found = true;
                assertThat(entry.toString()).contains("AUDITOR");
            }
        }
        assertThat(found).as("the auditor's export in the access log: %s", log).isTrue();
        assertThat(log.toString()).contains("DENIED");
        List<Map<String, Object>> recorded = jdbc.queryForList("SELECT convert_from(payload, 'UTF8') AS payload, "
                + "convert_from(metadata, 'UTF8') AS metadata FROM axon.domainevententry WHERE payloadtype LIKE '%EvidenceExportedEvent' "
                + "AND convert_from(payload, 'UTF8')::jsonb ->> 'exportId' = ?", mine.exportId());
        assertThat(recorded).hasSize(1);
        JsonNode event = EvidenceBundle.json().readTree((String) recorded.get(0).get("payload"));
        JsonNode manifest = mine.manifest();
        assertThat(event.get("companyId").asText()).isEqualTo(company);
        assertThat(event.get("eventCount").asLong()).isEqualTo(manifest.get("eventCount").asLong());
        assertThat(event.get("treeSize").asLong()).isEqualTo(manifest.get("treeSize").asLong());
        assertThat(event.get("rootHash").asText()).isEqualTo(manifest.get("rootHash").asText());
        assertThat(Instant.parse(event.get("from").asText())).isEqualTo(Instant.parse(manifest.get("from").asText()));
        assertThat(event.get("to").isNull()).isTrue();
        JsonNode who = EvidenceBundle.json().readTree((String) recorded.get(0).get("metadata"));
        assertThat(who.get("role").asText()).isEqualTo("AUDITOR");
        assertThat(who.get("tenant").asText()).isEqualTo(company);
    }

    // ---- the command line ----

    @Test
    void theCommandLineWritesTheSameBundleAndSummaryButLeavesNoEvent() throws Exception {
        String subject = employeeWithANumber("証跡 七郎");
        export(auditor, "?subjectId=" + subject); // a head that covers the subject's events
        long exports = exportEvents();
        Path out = temp.resolve("cli-subject.zip");
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        int exit = Cli.run(new String[] {"export", "--out", out.toString(), "--company", company, "--subject", subject,
                "--jdbc-url", ((HikariDataSource) dataSource).getJdbcUrl(), "--user", "postgres"},
                new PrintStream(stdout, true, StandardCharsets.UTF_8), System.err);
        assertThat(exit).as(stdout.toString(StandardCharsets.UTF_8)).isZero();
        Export cli = new Export(Files.readAllBytes(out), null);
        assertThat(cli.verifiedByJava()).isTrue();
        cli.verifyWithPythonIfPresent();
        assertThat(cli.subjectsWith("MyNumberAcquiredEvent")).containsExactly(subject);
        assertThat(cli.pdfText().replaceAll("\\s", "")).contains("台帳には記録されていません");
        cli.assertNoNumbers();
        assertThat(exportEvents()).as("read-only: the command line records nothing").isEqualTo(exports);
        assertThat(Cli.run(new String[] {"export", "--out", temp.resolve("x.zip").toString(), "--subject", subject,
                "--jdbc-url", "jdbc:postgresql://localhost/none"}, System.out, System.err)).as("a subject needs a company")
                .isEqualTo(Cli.USAGE);
        assertThat(Cli.run(new String[] {"export", "--out", temp.resolve("y.zip").toString(), "--company", company,
                "--from", "tomorrow", "--jdbc-url", "jdbc:postgresql://localhost/none"}, System.out, System.err))
                .isEqualTo(Cli.USAGE);
        assertThat(Cli.run(new String[] {"export", "--out", temp.resolve("z.zip").toString(), "--company", "123456789018",
                "--jdbc-url", "jdbc:postgresql://localhost/none"}, System.out, System.err)).as("ids are UUIDs")
                .isEqualTo(Cli.USAGE);
    }

    // ---- helpers ----

    static final String TITLE = jp.mnledger.ops.pdf.EvidenceSummaryRenderer.TITLE;
    private static final Pattern HEX_TOKEN = Pattern.compile("(?<![0-9A-Za-z])(?=[0-9a-fA-F]*[a-fA-F])[0-9a-fA-F]{16,}(?![0-9A-Za-z])");

    private long serial() {
        return System.nanoTime() % 1_000_000;
    }

    private String employeeWithANumber(String name) {
        String subject = payroll.registerSubject(company, "EMPLOYEE", name, "EV" + serial(), null);
        String number = MyNumber.fromBaseDigits("%011d".formatted(53_000_000_000L + serial())).digits();
        clearNumbers.add(number);
        assertThat(handler.post("/api/v1/companies/" + company + "/subjects/" + subject + "/my-number", "{\"myNumber\":\"" + number
                + "\",\"channel\":\"PAPER\",\"purposesNotified\":[\"WITHHOLDING_TAX\"]}").status()).isEqualTo(201);
        return subject;
    }

    private String leaverWithANumber(String name) {
        String subject = employeeWithANumber(name);
        assertThat(payroll.post("/api/v1/companies/" + company + "/subjects/" + subject + "/employment",
                "{\"change\":\"ENDED\",\"effectiveOn\":\"2016-03-31\"}").status()).isEqualTo(204);
        return subject;
    }

    private long exportEvents() {
        return jdbc.queryForObject("SELECT count(*) FROM axon.domainevententry WHERE payloadtype LIKE '%EvidenceExportedEvent'",
                Long.class);
    }

    private long deniedExports() {
        return jdbc.queryForObject("SELECT count(*) FROM axon.domainevententry WHERE payloadtype LIKE '%AccessDeniedEvent' "
                + "AND convert_from(payload, 'UTF8') LIKE '%ExportEvidenceCommand%'", Long.class);
    }

    private Export export(HttpClientForTests client, String query) {
        return export(client, query, company);
    }

    private Export export(HttpClientForTests client, String query, String companyId) {
        HttpClientForTests.BinaryResponse response = client.getBytes("/api/v1/companies/" + companyId + "/evidence" + query);
        assertThat(response.status()).as(response.asText().body()).isEqualTo(200);
        assertThat(response.header("Content-Type")).isEqualTo("application/zip");
        return new Export(response.body(), response);
    }

    /** An exported zip, its entries and what they say. */
    private final class Export {
        private final byte[] zip;
        private final HttpClientForTests.BinaryResponse response;
        private final Map<String, byte[]> entries = new LinkedHashMap<>();

        Export(byte[] zip, HttpClientForTests.BinaryResponse response) {
            this.zip = zip;
            this.response = response;
            try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
                for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                    entries.put(entry.getName(), in.readAllBytes());
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            assertThat(entries).containsKeys(EvidenceBundle.MANIFEST, EvidenceBundle.EVENTS, EvidenceBundle.HEADS,
                    EvidenceBundle.CONSISTENCY, EvidenceBundle.PUBLIC_KEYS, EvidenceBundle.SUMMARY_PDF);
        }

        HttpClientForTests.BinaryResponse response() {
            return response;
        }

        JsonNode manifest() throws IOException {
            return EvidenceBundle.json().readTree(entries.get(EvidenceBundle.MANIFEST));
        }

        String exportId() throws IOException {
            return manifest().get("exportId").asText();
        }

        Path zipFile() throws IOException {
            Path file = Files.createTempFile(temp, "evidence", ".zip");
            Files.write(file, zip);
            return file;
        }

        Path unzipped() throws IOException {
            Path dir = Files.createTempDirectory(temp, "evidence");
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                Files.write(dir.resolve(entry.getKey()), entry.getValue());
            }
            return dir;
        }

        boolean verifiedByJava() throws IOException {
            BundleTamperTest.Run run = BundleTamperTest.verify(zipFile().toString());
            assertThat(run.exit()).as(run.out() + run.err()).isZero();
            assertThat(run.out()).contains("events: " + manifest().get("eventCount").asLong());
            return true;
        }

        /** docs/verify_bundle.py, when there is a python3 to run it (the only reason to skip). */
        void verifyWithPythonIfPresent() throws Exception {
            Path script = Path.of("..", "docs", "verify_bundle.py").toAbsolutePath().normalize();
            assertThat(script).exists();
            Process process;
            try {
                process = new ProcessBuilder("python3", script.toString(), zipFile().toString()).redirectErrorStream(true).start();
            } catch (IOException noPython) {
                return;
            }
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.exitValue()).as(output).isZero();
            assertThat(output).contains("verified: company bundle");
        }

        List<LedgerLeaf> leaves() throws IOException {
            List<LedgerLeaf> leaves = new ArrayList<>();
            for (BundleTamperTest.EventRecord record : BundleTamperTest.readEvents(unzipped())) {
                leaves.add(LedgerLeaf.decode(record.bytes()));
            }
            return leaves;
        }

        /** The subjects named by events of this type (as aggregate, or in the payload). */
        List<String> subjectsWith(String eventType) throws IOException {
            List<String> subjects = new ArrayList<>();
            for (LedgerLeaf leaf : leaves()) {
                if (leaf.payloadType().endsWith("." + eventType)) {
                    JsonNode payload = EvidenceBundle.json().readTree(leaf.payload());
                    subjects.add(payload.has("subjectId") ? payload.get("subjectId").asText() : leaf.aggregateIdentifier());
                }
            }
            return subjects;
        }

        List<String> exportIdsRecorded() throws IOException {
            List<String> ids = new ArrayList<>();
            for (LedgerLeaf leaf : leaves()) {
                if (leaf.payloadType().endsWith(".EvidenceExportedEvent")) {
                    ids.add(EvidenceBundle.json().readTree(leaf.payload()).get("exportId").asText());
                }
            }
            return ids;
        }

        String pdfText() throws IOException {
            try (PDDocument document = Loader.loadPDF(entries.get(EvidenceBundle.SUMMARY_PDF))) {
                return new PDFTextStripper().getText(document);
            }
        }

        /**
         * No number this test entered in clear in any byte of any entry, and no twelve digits standing alone in any
         * entry's text or the PDF's — hashes and key ids (hex runs of 16 or more with a letter) set aside, as UUIDs are.
         */
        void assertNoNumbers() throws IOException {
            List<String> texts = new ArrayList<>();
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                String raw = new String(entry.getValue(), StandardCharsets.ISO_8859_1);
                for (String number : clearNumbers) {
                    assertThat(raw).as("%s holds a number in clear", entry.getKey()).doesNotContain(number);
                }
                if (!entry.getKey().equals(EvidenceBundle.SUMMARY_PDF)) {
                    texts.add(raw);
                }
            }
            texts.add(pdfText());
            for (String text : texts) {
                for (String number : clearNumbers) {
                    assertThat(text).doesNotContain(number);
                }
                NoMyNumbers.assertNoMyNumberIn(HEX_TOKEN.matcher(text).replaceAll("<hex>"));
            }
        }
    }
}
