package jp.mnledger.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import jp.mnledger.command.importing.SubjectImports;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * CSV import of data subjects over real HTTP on the real database: the preview stores nothing, a file with
 * one bad line registers nothing, a good file registers every line in one transaction (or, when a line fails
 * on the way, nothing), Shift_JIS works end to end, progress shows, bad requests get problem+json, and no
 * name reaches the log.
 */
@ExtendWith(OutputCaptureExtension.class)
class SubjectImportTest extends ServerTestBase {

    private static final String HEADER = "区分,氏名,社員番号,扶養元社員番号,続柄,職種,入社日\n";
    private static final String CSV = "text/csv";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    SubjectImports imports;

    private HttpClientForTests payroll;
    private String company;
    private String base;
    /** A prefix that keeps this test's employee codes apart from every other test's on the shared server. */
    private String p;

    @BeforeEach
    void setUp() {
        payroll = new HttpClientForTests(port).as("demo-payroll");
        company = payroll.firstCompany();
        base = "/api/v1/companies/" + company + "/subject-imports";
        p = "I" + UUID.randomUUID().toString().substring(0, 6);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private long events() {
        return jdbc.queryForObject("SELECT count(*) FROM axon.domainevententry", Long.class);
    }

    private JsonNode awaitFinished(String importId) {
        return await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .until(() -> payroll.get(base + "/" + importId).json(), s -> !s.get("status").asText().equals("RUNNING"));
    }

    private JsonNode subjectRow(String subjectId) {
        return await().atMost(Duration.ofSeconds(10)).until(() -> {
            for (JsonNode row : payroll.get("/api/v1/companies/" + company + "/subjects").json()) {
                if (row.get("id").asText().equals(subjectId)) {
                    return row;
                }
            }
            return null;
        }, row -> row != null);
    }

    @Test
    void thePreviewOfTheSampleFileShowsEveryLineMaskedAndStoresNothing() throws IOException {
        byte[] sample = new ClassPathResource("import/subjects-sample.csv").getContentAsByteArray();
        long eventsBefore = events();

        HttpClientForTests.Response response = payroll.postFile(base + "/preview", sample, CSV);

        assertThat(response.status()).isEqualTo(200);
        JsonNode preview = response.json();
        assertThat(preview.get("encoding").asText()).isEqualTo("UTF-8");
        assertThat(preview.get("totalRows").asInt()).isEqualTo(7);
        assertThat(preview.get("validRows").asInt()).isEqualTo(7);
        assertThat(preview.get("errors")).isEmpty();
        JsonNode spouse = preview.get("rows").get(1);
        assertThat(spouse.get("line").asInt()).isEqualTo(3);
        assertThat(spouse.get("kind").asText()).isEqualTo("DEPENDENT");
        assertThat(spouse.get("relationship").asText()).isEqualTo("SPOUSE");
        assertThat(spouse.get("relatedEmployeeCode").asText()).isEqualTo("S001");
        assertThat(spouse.get("maskedName").asText()).isEqualTo("見＊ ＊＊");
        assertThat(response.body()).doesNotContain("見本 太郎", "見本 花子", "髙橋 ①子", "花子");
        assertThat(response.raw().headers().firstValue("Cache-Control")).hasValueSatisfying(v -> assertThat(v).contains("no-store"));
        assertThat(events()).isEqualTo(eventsBefore);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM command_lookup.employee_code WHERE employee_code = 'S001'",
                Long.class)).isZero();
    }

    @Test
    void aFileWithOneBadLineIsRefusedWholeAndNamesTheLine(CapturedOutput output) {
        long eventsBefore = events();
        String csv = HEADER + "従業員,拒否 太郎," + p + "1,,,,\n扶養親族,拒否 花子,," + p + "1,友人,,\n従業員,拒否 次郎," + p + "2,,,,\n";

        HttpClientForTests.Response response = payroll.postFile(base, utf8(csv), CSV);

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.code()).isEqualTo("IMPORT_ROWS_INVALID");
        JsonNode error = response.json().get("errors").get(0);
        assertThat(response.json().get("errors")).hasSize(1);
        assertThat(error.get("line").asInt()).isEqualTo(3);
        assertThat(error.get("column").asText()).isEqualTo("relationship");
        assertThat(error.get("code").asText()).isEqualTo("IMPORT_RELATIONSHIP_UNKNOWN");
        assertThat(error.get("messageJa").asText()).contains("続柄");
        assertThat(error.get("messageEn").asText()).contains("relationship");
        assertThat(response.body()).doesNotContain("拒否", "友人");
        assertThat(events()).isEqualTo(eventsBefore);
        assertThat(output.getAll()).doesNotContain("拒否");
    }

    @Test
    void aGoodFileRegistersEveryLineWithRelationshipsAndEmploymentInOneGo(CapturedOutput output) {
        String earlier = payroll.registerSubject(company, "EMPLOYEE", "既存 太郎", p + "0", null);
        String csv = HEADER
                + "扶養親族,取込 花子,," + p + "1,配偶者,,\n"       // before its employee: the import orders them
                + "従業員,取込 太郎," + p + "1,,,,2024/4/1\n"
                + "扶養親族,取込 一郎,," + p + "0,長男,,\n"          // of the employee registered through the form
                + "報酬の支払先,取込 デザイン,,,,デザイナー,\n";

        HttpClientForTests.Response accepted = payroll.postFile(base, utf8(csv), "text/csv; charset=UTF-8");

        assertThat(accepted.status()).isEqualTo(202);
        String importId = accepted.json().get("importId").asText();
        assertThat(accepted.raw().headers().firstValue("Location")).hasValue(base + "/" + importId);
        assertThat(accepted.json().get("status").asText()).isEqualTo("RUNNING");
        assertThat(accepted.json().get("totalRows").asInt()).isEqualTo(4);
        JsonNode done = awaitFinished(importId);
        assertThat(done.get("status").asText()).as(done.toString()).isEqualTo("COMPLETED");
        assertThat(done.get("processedRows").asInt()).isEqualTo(4);
        assertThat(done.get("finishedAt").asText()).isNotEmpty();
        List<String> ids = new ArrayList<>();
        done.get("createdSubjectIds").forEach(id -> ids.add(id.asText()));
        assertThat(ids).hasSize(4);
        String spouse = ids.get(0);
        String employee = ids.get(1);
        String child = ids.get(2);
        String payee = ids.get(3);

        assertThat(subjectRow(employee).get("employeeCode").asText()).isEqualTo(p + "1");
        assertThat(subjectRow(employee).get("displayName").asText()).isEqualTo("取込 太郎");
        assertThat(subjectRow(spouse).get("relationship").asText()).isEqualTo("SPOUSE");
        assertThat(subjectRow(payee).get("occupation").asText()).isEqualTo("デザイナー");
        JsonNode ofEmployee = await().atMost(Duration.ofSeconds(10)).until(() -> payroll.get(
                "/api/v1/companies/" + company + "/subjects/" + employee + "/dependents").json(), list -> list.size() == 1);
        assertThat(ofEmployee.get(0).get("id").asText()).isEqualTo(spouse);
        JsonNode ofEarlier = await().atMost(Duration.ofSeconds(10)).until(() -> payroll.get(
                "/api/v1/companies/" + company + "/subjects/" + earlier + "/dependents").json(), list -> list.size() == 1);
        assertThat(ofEarlier.get(0).get("id").asText()).isEqualTo(child);
        assertThat(ofEarlier.get(0).get("relationship").asText()).isEqualTo("CHILD");

        HttpClientForTests manager = new HttpClientForTests(port).as("demo-manager");
        JsonNode history = await().atMost(Duration.ofSeconds(10)).until(() -> manager.get(
                "/api/v1/companies/" + company + "/subjects/" + employee + "/history").json(), h -> h.size() == 2);
        assertThat(history.toString()).contains("EMPLOYMENT_STARTED").contains("effectiveOn=2024-04-01");
        // Each command carried the caller's audit metadata and was authorised as payroll.
        String metadata = jdbc.queryForObject("""
                SELECT convert_from(metadata, 'UTF8') FROM axon.domainevententry
                WHERE aggregateidentifier = ? AND payloadtype LIKE '%SubjectRegisteredEvent'""", String.class, payee);
        String payrollId = jdbc.queryForObject("SELECT user_id FROM identity.credential WHERE username = 'demo-payroll'",
                String.class);
        assertThat(metadata).contains("\"actor\":\"" + payrollId + "\"").contains("\"role\":\"PAYROLL\"");
        assertThat(output.getAll()).contains(importId).doesNotContain("取込", "デザイナー", "既存");
    }

    @Test
    void aLineThatFailsAfterOthersWereSentRollsBackTheWholeImport(CapturedOutput output) throws Exception {
        CountDownLatch firstPaused = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicReference<String> first = new AtomicReference<>();
        List<Integer> linesSentBySecond = new CopyOnWriteArrayList<>();
        long eventsBefore = events();
        try (AutoCloseable listening = imports.addListener((importId, line, processed) -> {
            if (first.compareAndSet(null, importId)) {
                firstPaused.countDown();
                awaitQuietly(release);
            } else if (!importId.equals(first.get())) {
                linesSentBySecond.add(line);
            }
        })) {
            // The first import holds its claim on the code, uncommitted, while the second is checked and accepted.
            String firstId = payroll.postFile(base, utf8(HEADER + "従業員,先着 太郎," + p + "Z,,,,\n"), CSV)
                    .json().get("importId").asText();
            assertThat(firstPaused.await(30, TimeUnit.SECONDS)).isTrue();
            HttpClientForTests.Response second = payroll.postFile(base, utf8(HEADER
                    + "従業員,後着 一,,,,,\n"
                    + "従業員,後着 二," + p + "Y,,,,2024-04-01\n"
                    + "扶養親族,後着 三,," + p + "Y,子,,\n"
                    + "従業員,後着 四," + p + "Z,,,,\n"), CSV);
            assertThat(second.status()).as(second.body()).isEqualTo(202);
            release.countDown();

            assertThat(awaitFinished(firstId).get("status").asText()).isEqualTo("COMPLETED");
            JsonNode failed = awaitFinished(second.json().get("importId").asText());
            assertThat(failed.get("status").asText()).isEqualTo("FAILED");
            assertThat(failed.get("errorCode").asText()).isEqualTo("EMPLOYEE_CODE_TAKEN");
            assertThat(failed.get("failedLine").asInt()).isEqualTo(5);
            assertThat(failed.get("processedRows").asInt()).isZero();
            assertThat(failed.get("errorMessageJa").asText()).contains("社員番号");
            assertThat(failed.get("createdSubjectIds").isNull()).isTrue();
        } finally {
            release.countDown();
        }
        assertThat(linesSentBySecond).as("lines sent before the failing one").containsExactly(2, 3);
        // Only the first import's one registration is stored: nothing of the second, in any table.
        assertThat(events()).isEqualTo(eventsBefore + 1);
        assertThat(jdbc.queryForObject("""
                SELECT count(*) FROM axon.domainevententry WHERE convert_from(payload, 'UTF8') LIKE ?""",
                Long.class, "%\"" + p + "Y\"%")).isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM command_lookup.employee_code WHERE employee_code = ?",
                Long.class, p + "Y")).isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM importing.subject_import_subject s "
                + "JOIN importing.subject_import i USING (import_id) WHERE i.status = 'FAILED'", Long.class)).isZero();
        assertThat(output.getAll()).contains("EMPLOYEE_CODE_TAKEN").doesNotContain("後着", "先着");
    }

    @Test
    void progressShowsWhileTheImportRunsAndItsLinesStayInvisibleUntilItCommits() throws Exception {
        CountDownLatch paused = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 1; i <= 5; i++) {
            csv.append("従業員,進捗 ").append(i).append(',').append(p).append(i).append(",,,,\n");
        }
        long eventsBefore = events();
        try (AutoCloseable listening = imports.addListener((importId, line, processed) -> {
            if (processed == 3) {
                paused.countDown();
                awaitQuietly(release);
            }
        })) {
            String importId = payroll.postFile(base, utf8(csv.toString()), CSV).json().get("importId").asText();
            assertThat(paused.await(30, TimeUnit.SECONDS)).isTrue();

            JsonNode running = payroll.get(base + "/" + importId).json();
            assertThat(running.get("status").asText()).isEqualTo("RUNNING");
            assertThat(running.get("processedRows").asInt()).isEqualTo(3);
            assertThat(running.get("totalRows").asInt()).isEqualTo(5);
            // Three lines were handled in the import's transaction: nobody else sees any of them yet.
            assertThat(events()).isEqualTo(eventsBefore);
            assertThat(jdbc.queryForObject("SELECT count(*) FROM command_lookup.employee_code WHERE employee_code LIKE ?",
                    Long.class, p + "%")).isZero();
            release.countDown();

            JsonNode done = awaitFinished(importId);
            assertThat(done.get("status").asText()).isEqualTo("COMPLETED");
            assertThat(done.get("processedRows").asInt()).isEqualTo(5);
        } finally {
            release.countDown();
        }
        assertThat(events()).isEqualTo(eventsBefore + 5);
    }

    @Test
    void aShiftJisFileFromExcelIsImportedEndToEnd() throws Exception {
        Charset windows31j = Charset.forName("Windows-31J");
        byte[] sjis = (HEADER + "従業員,髙橋 ①子," + p + "1,,,,\n扶養親族,髙橋 ②郎,," + p + "1,子,,\n").getBytes(windows31j);

        JsonNode preview = payroll.postFile(base + "/preview", sjis, CSV).json();
        assertThat(preview.get("encoding").asText()).isEqualTo("windows-31j");
        assertThat(preview.get("encodingSource").asText()).isEqualTo("DETECTED");
        assertThat(preview.get("rows").get(0).get("maskedName").asText()).isEqualTo("髙＊ ＊＊");

        HttpClientForTests.Response accepted = payroll.postFile(base, sjis, "text/csv; charset=Shift_JIS");
        JsonNode done = awaitFinished(accepted.json().get("importId").asText());
        assertThat(done.get("status").asText()).isEqualTo("COMPLETED");
        assertThat(done.get("encoding").asText()).isEqualTo("windows-31j");
        assertThat(subjectRow(done.get("createdSubjectIds").get(0).asText()).get("displayName").asText())
                .isEqualTo("髙橋 ①子");
        assertThat(subjectRow(done.get("createdSubjectIds").get(1).asText()).get("displayName").asText())
                .isEqualTo("髙橋 ②郎");
    }

    @Test
    void wrongTypesOversizedFilesAndMyNumberColumnsAreProblemsAndTheServerCarriesOn() {
        long eventsBefore = events();

        HttpClientForTests.Response json = payroll.postFile(base, utf8("{\"kind\":\"EMPLOYEE\"}"), "application/json");
        assertThat(json.status()).isEqualTo(415);
        assertThat(json.contentType()).startsWith("application/problem+json");
        assertThat(json.code()).isEqualTo("IMPORT_MEDIA_TYPE_UNSUPPORTED");

        HttpClientForTests.Response latin1 = payroll.postFile(base + "/preview", utf8(HEADER), "text/csv; charset=ISO-8859-1");
        assertThat(latin1.status()).isEqualTo(415);
        assertThat(latin1.code()).isEqualTo("IMPORT_CHARSET_UNSUPPORTED");

        byte[] oversized = new byte[5 * 1024 * 1024 + 1];
        java.util.Arrays.fill(oversized, (byte) 'a');
        HttpClientForTests.Response tooLarge = payroll.postFile(base, oversized, CSV, "Accept-Language", "en");
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.contentType()).startsWith("application/problem+json");
        assertThat(tooLarge.code()).isEqualTo("IMPORT_TOO_LARGE");
        assertThat(tooLarge.json().get("detail").asText()).contains("too large");

        StringBuilder tooMany = new StringBuilder(HEADER);
        for (int i = 0; i <= 2_000; i++) {
            tooMany.append("従業員,行 ").append(i).append('\n');
        }
        HttpClientForTests.Response rows = payroll.postFile(base, utf8(tooMany.toString()), CSV);
        assertThat(rows.status()).isEqualTo(400);
        assertThat(rows.code()).isEqualTo("IMPORT_TOO_MANY_ROWS");

        HttpClientForTests.Response myNumber = payroll.postFile(base + "/preview",
                utf8("区分,氏名,個人番号\n従業員,番号 太郎,123456789018\n"), CSV);
        assertThat(myNumber.status()).isEqualTo(400);
        assertThat(myNumber.code()).isEqualTo("IMPORT_MY_NUMBER_COLUMN_REFUSED");
        assertThat(myNumber.json().get("detail").asText()).contains("一人ずつ");
        assertThat(myNumber.body()).doesNotContain("123456789018", "番号 太郎");

        HttpClientForTests.Response malformed = payroll.postFile(base, utf8(HEADER + "従業員,\"閉じない\n"), CSV);
        assertThat(malformed.code()).isEqualTo("IMPORT_CSV_MALFORMED");
        assertThat(malformed.json().get("errors").get(0).get("line").asInt()).isEqualTo(2);

        assertThat(events()).isEqualTo(eventsBefore);
        assertThat(payroll.get("/api/v1/companies").status()).isEqualTo(200);
    }

    @Test
    void callersWhoMayNotRegisterSubjectsAreRefusedBeforeTheFileIsReadAndTheRefusalIsRecorded() {
        for (String user : List.of("demo-auditor", "demo-employee")) {
            HttpClientForTests client = new HttpClientForTests(port).as(user);
            long denialsBefore = denials("PreviewSubjectImport");

            HttpClientForTests.Response preview = client.postFile(base + "/preview", utf8("not even csv"), "application/json");

            assertThat(preview.status()).as(user).isEqualTo(403);
            assertThat(preview.code()).isEqualTo("ACCESS_DENIED");
            assertThat(denials("PreviewSubjectImport")).isEqualTo(denialsBefore + 1);
            assertThat(client.postFile(base, utf8(HEADER), CSV).code()).isEqualTo("ACCESS_DENIED");
            assertThat(client.get(base + "/" + UUID.randomUUID()).code()).isEqualTo("ACCESS_DENIED");
        }
        assertThat(payroll.get(base + "/" + UUID.randomUUID()).code()).isEqualTo("IMPORT_NOT_FOUND");
    }

    @Test
    void anImportLeftRunningByAStoppedServerIsFailedAsInterruptedUnlessItsTransactionIsAlive() throws Exception {
        String interrupted = UUID.randomUUID().toString();
        String alive = UUID.randomUUID().toString();
        for (String id : List.of(interrupted, alive)) {
            jdbc.update("""
                    INSERT INTO importing.subject_import (import_id, company_id, actor, request_id, status, encoding,
                                                          total_rows, processed_rows, started_at)
                    VALUES (?, ?, 'someone', 'request', 'RUNNING', 'UTF-8', 10, 0, now())""", id, company);
        }
        // Another server's import, still running: its transaction holds its row.
        try (var other = dataSource.getConnection()) {
            other.setAutoCommit(false);
            try (var lock = other.prepareStatement("SELECT 1 FROM importing.subject_import WHERE import_id = ? FOR UPDATE")) {
                lock.setString(1, alive);
                lock.executeQuery().close();
            }

            assertThat(imports.failInterruptedImports()).isEqualTo(1);
            other.rollback();
        }

        JsonNode status = payroll.get(base + "/" + interrupted).json();
        assertThat(status.get("status").asText()).isEqualTo("FAILED");
        assertThat(status.get("errorCode").asText()).isEqualTo("IMPORT_INTERRUPTED");
        assertThat(status.get("errorMessageEn").asText()).contains("nothing was registered");
        assertThat(payroll.get(base + "/" + alive).json().get("status").asText()).isEqualTo("RUNNING");
        jdbc.update("DELETE FROM importing.subject_import WHERE import_id = ?", alive);
    }

    @Test
    void anEmployeeCodeRegisteredThroughTheFormCannotBeRegisteredAgain() {
        payroll.registerSubject(company, "EMPLOYEE", "二重 太郎", p + "D", null);

        HttpClientForTests.Response again = payroll.post("/api/v1/companies/" + company + "/subjects",
                "{\"kind\":\"EMPLOYEE\",\"displayName\":\"二重 次郎\",\"employeeCode\":\"" + p + "D\"}");

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("EMPLOYEE_CODE_TAKEN");
        JsonNode preview = payroll.postFile(base + "/preview", utf8(HEADER + "従業員,二重 三郎," + p + "D,,,,\n"), CSV).json();
        assertThat(preview.get("errors").get(0).get("code").asText()).isEqualTo("EMPLOYEE_CODE_TAKEN");
        assertThat(preview.get("validRows").asInt()).isZero();
    }

    private long denials(String action) {
        return jdbc.queryForObject("""
                SELECT count(*) FROM axon.domainevententry
                WHERE payloadtype LIKE '%AccessDeniedEvent' AND convert_from(payload, 'UTF8') LIKE ?""",
                Long.class, "%\"" + action + "\"%");
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
