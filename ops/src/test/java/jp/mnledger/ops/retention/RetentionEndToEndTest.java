package jp.mnledger.ops.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import jp.mnledger.kernel.number.MyNumber;
import jp.mnledger.ops.HttpClientForTests;
import jp.mnledger.ops.ServerTestBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Retention over real HTTP on the real database: the schedule computes the date, the sweep proposes, the
 * responsible manager confirms, the key is gone with a tombstone, and nothing can bring the subject back.
 */
class RetentionEndToEndTest extends ServerTestBase {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    private HttpClientForTests manager;
    private HttpClientForTests handler;
    private HttpClientForTests payroll;
    private String company;

    @BeforeEach
    void setUp() {
        manager = new HttpClientForTests(port).as("demo-manager");
        handler = new HttpClientForTests(port).as("demo-handler");
        payroll = new HttpClientForTests(port).as("demo-payroll");
        company = manager.firstCompany();
    }

    private static String number(long serial) {
        return MyNumber.fromBaseDigits("%011d".formatted(52_000_000_000L + serial)).digits();
    }

    private String subjects() {
        return "/api/v1/companies/" + company + "/subjects/";
    }

    private JsonNode scheduleEntry(String subject) {
        for (JsonNode entry : manager.get("/api/v1/companies/" + company + "/retention-schedule").json()) {
            if (entry.get("subjectId").asText().equals(subject)) {
                return entry;
            }
        }
        return null;
    }

    private JsonNode listed(String subject) {
        for (JsonNode row : payroll.get("/api/v1/companies/" + company + "/subjects").json()) {
            if (row.get("id").asText().equals(subject)) {
                return row;
            }
        }
        return null;
    }

    /** Hired, numbers collected for 年末調整 and 社会保険, left on 2020-03-31: due on 2028-02-01 (源泉徴収簿, 7 years). */
    @Test
    void theScheduleShowsTheHandComputedDateAndBasisAndTheDependentFollows() {
        long serial = System.nanoTime() % 1_000_000;
        String employee = payroll.registerSubject(company, "EMPLOYEE", "保存 太郎", "R1" + serial % 1000, null);
        String child = payroll.registerDependent(company, "保存 花子", employee, "CHILD");
        assertThat(acquire(employee, number(serial), "[\"WITHHOLDING_TAX\",\"SOCIAL_INSURANCE\"]")).isEqualTo(201);
        assertThat(acquire(child, number(serial + 1), "[\"WITHHOLDING_TAX\"]")).isEqualTo(201);
        employment(employee, "STARTED", "2012-04-01");
        JsonNode stillEmployed = await().atMost(Duration.ofSeconds(10)).until(() -> scheduleEntry(employee),
                e -> e != null && e.get("status").asText().equals("HELD"));
        assertThat(stillEmployed.get("dueOn").isNull()).as("kept year to year while employed").isTrue();

        employment(employee, "ENDED", "2020-03-31");
        JsonNode due = await().atMost(Duration.ofSeconds(10)).until(() -> scheduleEntry(employee),
                e -> e != null && !e.get("dueOn").isNull());
        assertThat(due.get("dueOn").asText()).isEqualTo("2028-02-01");
        assertThat(due.get("documentTypeId").asText()).isEqualTo("GENSEN_CHOSHUBO");
        assertThat(due.get("unverified").asBoolean()).isTrue();
        JsonNode dependent = await().atMost(Duration.ofSeconds(10)).until(() -> scheduleEntry(child),
                e -> e != null && !e.get("dueOn").isNull());
        assertThat(dependent.get("dueOn").asText()).as("follows the employee's documents").isEqualTo("2028-02-01");
        String schedule = manager.get("/api/v1/companies/" + company + "/retention-schedule").body();
        assertThat(schedule).doesNotContain(number(serial));
        jp.mnledger.ops.NoMyNumbers.assertNoMyNumberIn(schedule);
    }

    @Test
    void theDemosLeaverIsDueAndTheManagerDisposesOfItAndGetsTheRecord() {
        String retired = jdbc.queryForObject("SELECT subject_id FROM read_model.retention_facts WHERE employee_code = 'E015'",
                String.class);
        JsonNode row = await().atMost(Duration.ofSeconds(10)).until(() -> listed(retired),
                r -> r != null && r.get("myNumberStatus").asText().equals("DISPOSAL_DUE"));
        assertThat(row.get("displayName").asText()).isEqualTo("小林 退職");
        assertThat(scheduleEntry(retired).get("dueOn").asText()).isEqualTo("2023-02-01");

        JsonNode refused = payroll.post("/api/v1/companies/" + company + "/disposals",
                "{\"subjectIds\":[\"" + retired + "\"]}").json();
        assertThat(refused.at("/results/0/outcome").asText()).as("payroll may not dispose").isEqualTo("ACCESS_DENIED");
        assertThat(refused.get("certificateId").isNull()).isTrue();
        JsonNode disposal = manager.post("/api/v1/companies/" + company + "/disposals",
                "{\"subjectIds\":[\"" + retired + "\"]}").json();
        assertThat(disposal.get("disposed").asInt()).isEqualTo(1);
        String certificate = disposal.get("certificateId").asText();

        JsonNode disposed = await().atMost(Duration.ofSeconds(10)).until(() -> listed(retired),
                r -> r.get("myNumberStatus").asText().equals("DISPOSED"));
        assertThat(disposed.get("displayName").asText()).isEqualTo("廃棄済");
        assertThat(jdbc.queryForObject("SELECT wrapped_key IS NULL AND destroyed_at IS NOT NULL FROM keyvault.subject_key "
                + "WHERE subject_id = ?", Boolean.class, retired)).as("tombstone").isTrue();

        JsonNode records = await().atMost(Duration.ofSeconds(10)).until(
                () -> manager.get("/api/v1/companies/" + company + "/disposals").json(),
                r -> r.findValuesAsText("subjectId").contains(retired));
        JsonNode record = null;
        for (JsonNode r : records) {
            if (r.get("subjectId").asText().equals(retired)) {
                record = r;
            }
        }
        assertThat(record.get("certificateId").asText()).isEqualTo(certificate);
        assertThat(record.get("confirmedByName").asText()).isEqualTo("demo-manager");
        assertThat(record.get("confirmedRole").asText()).isEqualTo("RESPONSIBLE_MANAGER");
        assertThat(record.get("method").asText()).isEqualTo("CRYPTOGRAPHIC_ERASE");
        assertThat(record.get("employeeCode").asText()).isEqualTo("E015");

        // 削除証明書: a real PDF with the Japanese title, the subject's id and code — never a number or the name.
        HttpClientForTests.BinaryResponse pdf = manager.getBytes("/api/v1/companies/" + company + "/disposal-certificates/"
                + certificate);
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.raw().headers().firstValue("Content-Type")).hasValue("application/pdf");
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
            assertThat(text).contains("削除", "証明書", retired, "E015", "demo-manager")
                    .doesNotContain("小林");
            jp.mnledger.ops.NoMyNumbers.assertNoMyNumberIn(text);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        assertThat(new HttpClientForTests(port).as("demo-auditor").getBytes("/api/v1/companies/" + company
                + "/disposal-certificates/" + certificate).status()).isEqualTo(200);
        assertThat(payroll.getBytes("/api/v1/companies/" + company + "/disposal-certificates/" + certificate).status())
                .isEqualTo(403);
        assertThat(manager.get("/api/v1/companies/" + company + "/disposal-certificates/" + java.util.UUID.randomUUID())
                .code()).isEqualTo("CERTIFICATE_NOT_FOUND");

        JsonNode history = new HttpClientForTests(port).as("demo-auditor").get(subjects() + retired + "/history").json();
        assertThat(history.findValuesAsText("action")).containsSubsequence("DISPOSAL_PROPOSED", "DISPOSED");

        // Resurrection: nothing can record anything for the subject again, and no key can be created for it.
        assertThat(acquire(retired, number(7), "[\"WITHHOLDING_TAX\"]")).isEqualTo(409);
        assertThat(handler.post(subjects() + retired + "/my-number/reveal",
                "{\"purpose\":\"WITHHOLDING_TAX\",\"reason\":\"確認\"}").code()).isEqualTo("SUBJECT_DISPOSED");
        assertThat(manager.post("/api/v1/companies/" + company + "/disposals", "{\"subjectIds\":[\"" + retired + "\"]}")
                .json().at("/results/0/outcome").asText()).isEqualTo("SUBJECT_DISPOSED");
    }

    @Test
    void theSweepProposesAndAnAutomaticPolicyConfirms() {
        HttpClientForTests head = new HttpClientForTests(port).as("demo-head");
        HttpClientForTests handler2 = new HttpClientForTests(port).as("demo-handler2");
        String client2 = head.get("/api/v1/companies").json().get(1).get("id").asText();
        long serial = System.nanoTime() % 1_000_000 + 500_000;
        String employee = head.registerSubject(client2, "EMPLOYEE", "自動 廃棄", "A" + serial % 1000, null);
        assertThat(handler2.post("/api/v1/companies/" + client2 + "/subjects/" + employee + "/my-number",
                "{\"myNumber\":\"" + number(serial) + "\",\"channel\":\"PAPER\",\"purposesNotified\":[\"SOCIAL_INSURANCE\"]}")
                .status()).isEqualTo(201);
        assertThat(head.post("/api/v1/companies/" + client2 + "/subjects/" + employee + "/employment",
                "{\"change\":\"ENDED\",\"effectiveOn\":\"2016-03-31\"}").status()).isEqualTo(204);
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM read_model.retention_facts WHERE subject_id = ? AND due_on IS NOT NULL", Integer.class,
                employee) == 1);

        assertThat(head.post("/api/v1/companies/" + client2 + "/disposal-confirmation", "{\"automatic\":true}").status())
                .isEqualTo(204);
        try {
            JsonNode run = head.post("/api/v1/companies/" + client2 + "/retention-sweeps", "").json();
            assertThat(run.get("proposed").asInt()).isGreaterThanOrEqualTo(1);
            // The policy reaches the schedule within a moment; a run that came first left a proposal the next confirms.
            await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject(
                    "SELECT count(*) FROM read_model.disposal_policy WHERE company_id = ? AND automatic", Integer.class,
                    client2) == 1);
            int confirmed = run.get("confirmed").asInt()
                    + head.post("/api/v1/companies/" + client2 + "/retention-sweeps", "").json().get("confirmed").asInt();
            assertThat(confirmed).isGreaterThanOrEqualTo(1);
            await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject(
                    "SELECT count(*) FROM read_model.disposal_record WHERE subject_id = ? AND automatic", Integer.class,
                    employee) == 1);
            assertThat(head.post("/api/v1/companies/" + client2 + "/retention-sweeps", "").json().get("proposed").asInt())
                    .as("a second run finds nothing left").isZero();
        } finally {
            head.post("/api/v1/companies/" + client2 + "/disposal-confirmation", "{\"automatic\":false}");
        }
        assertThat(payroll.post("/api/v1/companies/" + company + "/retention-sweeps", "").code()).isEqualTo("ACCESS_DENIED");
    }

    @Test
    void aCompanyMayLengthenButNotShortenAPeriod() {
        assertThat(manager.post("/api/v1/companies/" + company + "/retention-overrides",
                "{\"documentTypeId\":\"KOYO_HOKEN_HIHOKENSHA\",\"period\":\"P2Y\",\"reason\":\"短縮\"}").code())
                .isEqualTo("RETENTION_BELOW_STATUTORY");
        assertThat(manager.post("/api/v1/companies/" + company + "/retention-overrides",
                "{\"documentTypeId\":\"KOYO_HOKEN_HIHOKENSHA\",\"period\":\"soon\",\"reason\":\"x\"}").code())
                .isEqualTo("REQUEST_INVALID");
        JsonNode policy = payroll.get("/api/v1/retention-policy").json();
        assertThat(policy.get("version").asInt()).isEqualTo(1);
        assertThat(policy.get("documentTypes").findValuesAsText("id")).contains("FUYO_KOJO_SHINKOKUSHO", "KENKO_HOKEN");
    }

    private int acquire(String subject, String myNumber, String purposes) {
        return handler.post(subjects() + subject + "/my-number", "{\"myNumber\":\"" + myNumber
                + "\",\"channel\":\"PAPER\",\"purposesNotified\":" + purposes + "}").status();
    }

    private void employment(String subject, String change, String on) {
        assertThat(payroll.post(subjects() + subject + "/employment", "{\"change\":\"" + change + "\",\"effectiveOn\":\""
                + on + "\"}").status()).isEqualTo(204);
    }
}
