package jp.mnledger.ops.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.mnledger.kernel.incident.BreachReportResponse;
import jp.mnledger.kernel.number.MyNumber;
import jp.mnledger.ops.HttpClientForTests;
import jp.mnledger.ops.NoMyNumbers;
import jp.mnledger.ops.ServerTestBase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 漏えい等報告 drafts on the real server and database. One timeline, built once: subjects A, B, C get numbers, X gets
 * one and is disposed of, N never gets one; then (window W = [t1, t2]) demo-handler reveals A and B; afterwards L
 * gets a number. Drafts over W must name exactly what the ledger says — and no name, number or typed note may leak
 * into a response other than the report itself, the event store or the log.
 */
@ExtendWith(OutputCaptureExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BreachReportEndToEndTest extends ServerTestBase {

    private static final String NOTE = "原因メモ-社外秘-Q7ZP: 委託先の共有フォルダ設定誤り";
    private static final String REVEAL_REASON = "年末調整の確認-R4TX";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    private HttpClientForTests manager;
    private HttpClientForTests handler;
    private String company;
    private final List<String> names = new ArrayList<>();
    private final List<String> numbers = new ArrayList<>();
    private String a;
    private String b;
    private String c;
    private String x;
    private String n;
    private String l;
    private Instant t0;
    private Instant t1;
    private Instant t2;
    private Instant t3;

    @BeforeAll
    void timeline() throws InterruptedException {
        manager = new HttpClientForTests(port).as("demo-manager");
        handler = new HttpClientForTests(port).as("demo-handler");
        company = manager.firstCompany();
        long serial = System.nanoTime() % 1_000_000;
        t0 = Instant.now();
        a = subject("漏洩 一郎", "EMPLOYEE", serial);
        b = subject("漏洩 二郎", "PART_TIME", serial);
        c = subject("漏洩 三郎", "PAYEE", serial);
        x = subject("漏洩 廃棄", "EMPLOYEE", serial);
        n = subject("漏洩 未取得", "EMPLOYEE", serial);
        l = subject("漏洩 後日", "EMPLOYEE", serial);
        acquire(a, "WITHHOLDING_TAX", serial + 1);
        acquire(b, "WITHHOLDING_TAX", serial + 2);
        acquire(c, "PAYMENT_REPORT", serial + 3);
        acquire(x, "SOCIAL_INSURANCE", serial + 4);
        dispose(x);

        Thread.sleep(5);
        t1 = Instant.now();
        for (String revealed : List.of(a, b)) {
            HttpClientForTests.Response response = handler.post(subjects() + revealed + "/my-number/reveal",
                    "{\"purpose\":\"WITHHOLDING_TAX\",\"reason\":\"" + REVEAL_REASON + "\"}");
            assertThat(response.status()).as(response.body()).isEqualTo(200);
        }
        t2 = Instant.now();
        Thread.sleep(5);
        acquire(l, "WITHHOLDING_TAX", serial + 5);
        t3 = Instant.now();
    }

    private String subjects() {
        return "/api/v1/companies/" + company + "/subjects/";
    }

    private String subject(String name, String kind, long serial) {
        names.add(name);
        return manager.registerSubject(company, kind, name, "BR" + names.size() + "-" + serial, null);
    }

    private void acquire(String subject, String purpose, long serial) {
        String number = MyNumber.fromBaseDigits("%011d".formatted(61_000_000_000L + serial)).digits();
        numbers.add(number);
        HttpClientForTests.Response response = handler.post(subjects() + subject + "/my-number", "{\"myNumber\":\""
                + number + "\",\"channel\":\"PAPER\",\"purposesNotified\":[\"" + purpose + "\"]}");
        assertThat(response.status()).as(response.body()).isEqualTo(201);
    }

    /** The real path: employment ended long ago, the sweep proposes, the manager confirms. */
    private void dispose(String subject) {
        assertThat(manager.post(subjects() + subject + "/employment", "{\"change\":\"ENDED\",\"effectiveOn\":\"2016-03-31\"}")
                .status()).isEqualTo(204);
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM read_model.retention_facts WHERE subject_id = ? AND due_on IS NOT NULL", Integer.class,
                subject) == 1);
        assertThat(manager.post("/api/v1/companies/" + company + "/retention-sweeps", "").status()).isBetween(200, 204);
        JsonNode disposal = manager.post("/api/v1/companies/" + company + "/disposals",
                "{\"subjectIds\":[\"" + subject + "\"]}").json();
        assertThat(disposal.get("disposed").asInt()).as(disposal.toString()).isEqualTo(1);
    }

    private static String body(Instant from, Instant to, Instant aware, String scope, String facts) {
        return "{\"windowFrom\":\"" + from + "\",\"windowTo\":\"" + to + "\",\"awareAt\":\"" + aware + "\",\"scope\":"
                + scope + ",\"category\":\"LEAK\"" + facts + "}";
    }

    private JsonNode draft(String scope, Instant from, Instant to) {
        HttpClientForTests.Response response = manager.post("/api/v1/companies/" + company + "/breach-reports",
                body(from, to, to, scope, ""));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        assertClean(response.body());
        return response.json();
    }

    private static List<String> affectedIds(JsonNode report) {
        return report.at("/affected/subjects").findValuesAsText("subjectId");
    }

    /** No number, no name of the timeline, no reason text: in any response but the report's own notes. */
    private void assertClean(String text) {
        NoMyNumbers.assertNoMyNumberIn(text);
        names.forEach(name -> assertThat(text).doesNotContain(name));
        numbers.forEach(number -> assertThat(text).doesNotContain(number));
        assertThat(text).doesNotContain(REVEAL_REASON);
    }

    @Test
    void aCompromisedAccountsDraftNamesExactlyWhomItTouchedInTheWindow(CapturedOutput output) {
        HttpClientForTests.Response response = manager.post("/api/v1/companies/" + company + "/breach-reports",
                body(t1, t2, t2, "{\"accounts\":[\"demo-handler\"]}", ",\"improperPurpose\":true,\"notes\":{\"cause\":\""
                        + NOTE + "\"}"));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        assertClean(response.body());
        JsonNode report = response.json();
        assertThat(response.raw().headers().firstValue("Location")).hasValue(
                "/api/v1/companies/" + company + "/breach-reports/" + report.get("id").asText());
        assertThat(affectedIds(report)).containsExactlyInAnyOrder(a, b);
        assertThat(report.at("/affected/persons").asInt()).isEqualTo(2);
        assertThat(report.at("/affected/subjects")).allSatisfy(subject -> assertThat(subject.get("accessedAs"))
                .extracting(JsonNode::asText).containsExactly("REVEALED"));
        assertThat(report.at("/affected/byKind").findValuesAsText("code")).containsExactly("EMPLOYEE", "PART_TIME");
        String handlerId = jdbc.queryForObject("SELECT user_id FROM identity.credential WHERE username = 'demo-handler'",
                String.class);
        assertThat(report.at("/scope/accounts/0").asText()).as("stored as the user id").isEqualTo(handlerId);

        // Improper purpose: situation (2), reportable, 60 days, the individuals to be told.
        assertThat(report.at("/assessment/reportable").asBoolean()).isTrue();
        assertThat(report.at("/assessment/findings/1/applies").asBoolean()).isTrue();
        assertThat(report.at("/deadlines/finalDays").asInt()).isEqualTo(60);
        assertThat(report.at("/deadlines/finalDue").asText()).isEqualTo(
                t2.atZone(java.time.ZoneId.of("Asia/Tokyo")).toLocalDate().plusDays(59).toString());
        assertThat(report.get("notifyIndividuals").asBoolean()).isTrue();
        assertThat(report.get("items").findValuesAsText("heading")).containsExactlyElementsOf(BreachReportResponse.HEADINGS);
        assertThat(report.at("/items/3/entered").asText()).isEqualTo(NOTE);
        assertThat(report.at("/items/2/computed").asText()).startsWith("2人");
        assertThat(report.at("/items/4/entered").asText()).isEqualTo("（未記入）");

        // Read back by id and in the list, by the manager and the auditor, exactly as drafted.
        String id = report.get("id").asText();
        HttpClientForTests auditor = new HttpClientForTests(port).as("demo-auditor");
        for (HttpClientForTests reader : List.of(manager, auditor)) {
            JsonNode one = reader.get("/api/v1/companies/" + company + "/breach-reports/" + id).json();
            assertThat(one).isEqualTo(report);
            HttpClientForTests.Response list = reader.get("/api/v1/companies/" + company + "/breach-reports");
            assertThat(list.status()).isEqualTo(200);
            assertThat(list.json().findValuesAsText("id")).contains(id);
            assertClean(list.body());
        }

        // The note is sealed in the event, under the report's own key; and neither note nor reason is in the log.
        assertThat(jdbc.queryForObject("""
                SELECT count(*) FROM axon.domainevententry WHERE aggregateidentifier = ?
                AND payloadtype = 'jp.mnledger.kernel.incident.BreachReportDraftedEvent'""", Integer.class, id)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM axon.domainevententry WHERE convert_from(payload, 'UTF8') LIKE ?",
                Integer.class, "%Q7ZP%")).isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM keyvault.subject_key WHERE subject_id = ?", Integer.class, id))
                .isEqualTo(1);
        assertThat(output.getAll()).doesNotContain("Q7ZP").doesNotContain(REVEAL_REASON);

        // The PDF of the same draft, for the same readers only.
        HttpClientForTests.BinaryResponse pdf = auditor.getBytes("/api/v1/companies/" + company + "/breach-reports/" + id
                + "/pdf");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.header("Content-Type")).isEqualTo("application/pdf");
        assertThat(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(new HttpClientForTests(port).as("demo-payroll").getBytes("/api/v1/companies/" + company
                + "/breach-reports/" + id + "/pdf").asText().code()).isEqualTo("ACCESS_DENIED");
    }

    @Test
    void aWholeCompanyDraftCountsNumbersHeldInTheWindowOnly() {
        JsonNode w = draft("{\"wholeCompany\":true}", t1, t2);
        List<String> inW = affectedIds(w);
        assertThat(inW).contains(a, b, c).doesNotContain(n, x, l);
        assertThat(inW).doesNotHaveDuplicates();
        assertThat(w.at("/affected/persons").asInt()).isEqualTo(inW.size());
        int byKind = 0;
        for (JsonNode count : w.at("/affected/byKind")) {
            byKind += count.get("count").asInt();
        }
        assertThat(byKind).isEqualTo(inW.size());
        assertThat(w.at("/assessment/reportable").asBoolean()).as("nothing but the number of people applies")
                .isEqualTo(inW.size() > 100);
        assertThat(w.at("/deadlines/finalDays").asInt()).isEqualTo(30);
        assertThat(w.at("/affected/subjects")).allSatisfy(subject -> assertThat(subject.get("accessedAs")).isEmpty());

        JsonNode wider = draft("{\"wholeCompany\":true}", t0, t3);
        assertThat(affectedIds(wider)).contains(a, b, c, x, l).doesNotContain(n);
        assertThat(affectedIds(draft("{\"wholeCompany\":true}", t2.plusMillis(1), t3))).contains(l);
    }

    @Test
    void purposeAndSubjectScopesSelectFromTheNumbersHeld() {
        List<String> paymentReports = affectedIds(draft("{\"purposes\":[\"PAYMENT_REPORT\"]}", t1, t2));
        assertThat(paymentReports).contains(c).doesNotContain(a, b, x, n, l);
        assertThat(affectedIds(draft("{\"purposes\":[\"SOCIAL_INSURANCE\"]}", t1, t2))).doesNotContain(x);
        assertThat(affectedIds(draft("{\"subjectIds\":[\"" + a + "\",\"" + n + "\",\"" + x + "\"]}", t1, t2)))
                .containsExactly(a);
        // The union: a subject named and an account's touches.
        assertThat(affectedIds(draft("{\"subjectIds\":[\"" + c + "\"],\"accounts\":[\"demo-handler\"]}", t1, t2)))
                .containsExactlyInAnyOrder(a, b, c);
    }

    @Test
    void encryptedDataIsExcludedAndSaysSo() {
        HttpClientForTests.Response response = manager.post("/api/v1/companies/" + company + "/breach-reports",
                body(t1, t2, t2, "{\"accounts\":[\"demo-handler\"]}",
                        ",\"publiclyViewable\":true,\"highlyEncrypted\":true"));
        JsonNode report = response.json();
        assertThat(report.at("/assessment/reportable").asBoolean()).isFalse();
        assertThat(report.at("/assessment/encryptedExclusion").asBoolean()).isTrue();
        assertThat(report.at("/assessment/findings/2/applies").asBoolean()).isTrue();
        assertThat(report.get("notifyIndividuals").asBoolean()).isFalse();
    }

    @Test
    void badInputIsRefusedWithStableCodesAndStoresNothing() {
        String path = "/api/v1/companies/" + company + "/breach-reports";
        int before = drafts();
        Map<String, String> cases = Map.of(
                body(t2, t1, t2, "{\"wholeCompany\":true}", ""), "BREACH_WINDOW_INVALID",
                body(t1, t1, t2, "{\"wholeCompany\":true}", ""), "BREACH_WINDOW_INVALID",
                body(t1, t2, t0, "{\"wholeCompany\":true}", ""), "BREACH_WINDOW_INVALID",
                body(t1, t2, t2, "{\"accounts\":[\"nobody-" + System.nanoTime() + "\"]}", ""), "BREACH_ACCOUNT_UNKNOWN",
                body(t1, t2, t2, "{}", ""), "BREACH_SCOPE_EMPTY",
                body(t1, t2, t2, "{\"wholeCompany\":false,\"accounts\":[],\"purposes\":[]}", ""), "BREACH_SCOPE_EMPTY",
                body(t1, t2, t2, "{\"subjectIds\":[\"" + java.util.UUID.randomUUID() + "\"]}", ""), "SUBJECT_NOT_FOUND",
                "{\"windowFrom\":\"yesterday\",\"windowTo\":\"" + t2 + "\",\"awareAt\":\"" + t2
                        + "\",\"scope\":{\"wholeCompany\":true},\"category\":\"LEAK\"}", "REQUEST_INVALID",
                body(t1, t2, t2, "{\"wholeCompany\":true}", "").replace("\"LEAK\"", "\"SPILL\""), "REQUEST_MALFORMED",
                body(t1, t2, t2, "{\"wholeCompany\":true}", ",\"notes\":{\"cause\":\"誤送信 1234 5678 9018\"}"),
                "BREACH_NOTES_HOLD_A_NUMBER");
        cases.forEach((request, code) -> {
            HttpClientForTests.Response response = manager.post(path, request, "Accept-Language", "en");
            assertThat(response.code()).as(request + " → " + response.body()).isEqualTo(code);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.json().get("detail").asText()).doesNotContain("nobody-");
        });
        HttpClientForTests.Response noCategory = manager.post(path, body(t1, t2, t2, "{\"wholeCompany\":true}", "")
                .replace(",\"category\":\"LEAK\"", ""));
        assertThat(noCategory.code()).isEqualTo("REQUEST_INVALID");
        assertThat(noCategory.json().get("detail").asText()).isEqualTo("入力内容に誤りがあります。");
        assertThat(manager.get(path + "/" + java.util.UUID.randomUUID()).code()).isEqualTo("BREACH_REPORT_NOT_FOUND");
        assertThat(manager.get(path + "/not-an-id").code()).isEqualTo("BREACH_REPORT_NOT_FOUND");
        assertThat(manager.get(path + "/" + a).code()).as("a subject's stream is no report").isEqualTo("BREACH_REPORT_NOT_FOUND");
        assertThat(drafts()).isEqualTo(before);
    }

    @Test
    void onlyTheManagerAndTheHeadDraftTheAuditorReadsOthersAreRefused() {
        String path = "/api/v1/companies/" + company + "/breach-reports";
        String request = body(t1, t2, t2, "{\"accounts\":[\"demo-handler\"]}", "");
        assertThat(new HttpClientForTests(port).as("demo-head").post(path, request).status()).isEqualTo(201);
        for (String user : List.of("demo-auditor", "demo-payroll", "demo-handler", "demo-employee", "demo-handler2")) {
            HttpClientForTests client = new HttpClientForTests(port).as(user);
            assertThat(client.post(path, request).code()).as(user).isEqualTo("ACCESS_DENIED");
            if (!user.equals("demo-auditor")) {
                assertThat(client.get(path).code()).as(user).isEqualTo("ACCESS_DENIED");
            }
        }
        String id = manager.post(path, request).json().get("id").asText();
        // Another tenant: client 1's manager cannot draft or read there, nor read client 1's report through it.
        String client2 = new HttpClientForTests(port).as("demo-head").get("/api/v1/companies").json().get(1).get("id").asText();
        assertThat(manager.post("/api/v1/companies/" + client2 + "/breach-reports", request).code()).isEqualTo("ACCESS_DENIED");
        assertThat(manager.get("/api/v1/companies/" + client2 + "/breach-reports/" + id).code()).isEqualTo("ACCESS_DENIED");
        assertThat(new HttpClientForTests(port).as("demo-head").get("/api/v1/companies/" + client2 + "/breach-reports/" + id)
                .code()).as("the id exists, but not in that company").isEqualTo("BREACH_REPORT_NOT_FOUND");
        assertThat(new HttpClientForTests(port).get(path).status()).isEqualTo(401);
    }

    @Test
    void graphQlDraftsThroughTheSameCoreAndReadsTheReports() {
        String mutation = """
                mutation { draftBreachReport(companyId: "%s", input: {windowFrom: "%s", windowTo: "%s", awareAt: "%s",
                  scope: {accounts: ["demo-handler"]}, category: LOSS, improperPurpose: false, publiclyViewable: false,
                  highlyEncrypted: false, notes: {other: "%s"}}) {
                  id affected { persons subjects { subjectId accessedAs } } deadlines { finalDays finalDue }
                  items { number heading computed entered } } }""".formatted(company, t1, t2, t2, NOTE);
        HttpClientForTests.Response draftedResponse = manager.graphql(mutation);
        assertClean(draftedResponse.body());
        JsonNode drafted = draftedResponse.json();
        assertThat(drafted.get("errors")).as(drafted.toString()).isNull();
        JsonNode report = drafted.at("/data/draftBreachReport");
        assertThat(report.at("/affected/subjects").findValuesAsText("subjectId")).containsExactlyInAnyOrder(a, b);
        assertThat(report.at("/items/8/entered").asText()).isEqualTo(NOTE);
        String id = report.get("id").asText();

        JsonNode read = new HttpClientForTests(port).as("demo-auditor").graphql("{ breachReports(companyId: \"" + company
                + "\") { id category assessment { reportable findings { number applies } } } }").json();
        assertThat(read.at("/data/breachReports").findValuesAsText("id")).contains(id);
        JsonNode refused = new HttpClientForTests(port).as("demo-auditor").graphql(mutation).json();
        assertThat(refused.at("/errors/0/extensions/code").asText()).isEqualTo("ACCESS_DENIED");
        JsonNode unknown = manager.graphql("{ breachReport(companyId: \"" + company + "\", reportId: \""
                + java.util.UUID.randomUUID() + "\") { id } }").json();
        assertThat(unknown.at("/errors/0/extensions/code").asText()).isEqualTo("BREACH_REPORT_NOT_FOUND");
    }

    private int drafts() {
        return jdbc.queryForObject("SELECT count(*) FROM axon.domainevententry WHERE payloadtype = ?", Integer.class,
                "jp.mnledger.kernel.incident.BreachReportDraftedEvent");
    }
}
