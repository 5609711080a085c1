package jp.mnledger.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import jp.mnledger.kernel.number.MyNumber;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The done-when of history reconstruction (ADR 0017), on the real database: record what the projections show at T1
 * (the subject list, a subject's history, the access log), go on with the lifecycle (acquire, correct, verify, reveal,
 * provide, dispose), then reconstruct as of T1 from the event stream and find exactly what the projections showed —
 * and the same for "now". Plus who may read it, tenancy, bad input, and no number in any answer.
 */
class HistoryReconstructionTest extends ServerTestBase {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    private static String number(long serial) {
        return MyNumber.fromBaseDigits("%011d".formatted(53_000_000_000L + serial)).digits();
    }

    @Test
    void aReconstructionAsOfAPastTimeMatchesWhatTheProjectionsShowedThen() throws Exception {
        HttpClientForTests payroll = new HttpClientForTests(port).as("demo-payroll");
        HttpClientForTests handler = new HttpClientForTests(port).as("demo-handler");
        HttpClientForTests manager = new HttpClientForTests(port).as("demo-manager");
        HttpClientForTests auditor = new HttpClientForTests(port).as("demo-auditor");
        String company = manager.firstCompany();
        String subjects = "/api/v1/companies/" + company + "/subjects/";
        long serial = System.nanoTime() % 1_000_000;
        String code = "R" + serial;

        // Before T1: three people; one number acquired, verified and used; one refused; a refused look by payroll.
        String first = payroll.registerSubject(company, "EMPLOYEE", "再構成 一郎", code + "a", null);
        String second = payroll.registerSubject(company, "EMPLOYEE", "再構成 二郎", code + "b", null);
        String third = payroll.registerSubject(company, "PART_TIME", "再構成 三子", code + "c", null);
        assertThat(acquire(handler, subjects + first, number(serial), "[\"WITHHOLDING_TAX\",\"SOCIAL_INSURANCE\"]"))
                .isEqualTo(201);
        assertThat(handler.post(subjects + first + "/my-number/verification",
                "{\"numberCheck\":\"MY_NUMBER_CARD\",\"identityCheck\":\"MY_NUMBER_CARD\"}").status()).isEqualTo(200);
        assertThat(handler.post(subjects + first + "/my-number/reveal",
                "{\"purpose\":\"WITHHOLDING_TAX\",\"reason\":\"年末調整\"}").status()).isEqualTo(200);
        assertThat(payroll.post(subjects + first + "/my-number/reveal",
                "{\"purpose\":\"WITHHOLDING_TAX\",\"reason\":\"確認\"}").code()).isEqualTo("ACCESS_DENIED");
        assertThat(handler.post(subjects + third + "/my-number/refusal",
                "{\"howRequested\":\"書面\",\"requestedOn\":\"2026-04-01\",\"statedReason\":\"提供したくない\"}").status())
                .isEqualTo(201);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(statuses(payroll, company))
                .containsEntry(first, "VERIFIED").containsEntry(second, "NOT_ACQUIRED").containsEntry(third, "REFUSED"));

        // T1: what the projections show.
        Thread.sleep(20);
        Instant t1 = Instant.now();
        Thread.sleep(20);
        HttpClientForTests.Response listResponse = auditor.get("/api/v1/companies/" + company + "/subjects");
        assertThat(listResponse.status()).as(listResponse.body()).isEqualTo(200);
        JsonNode listAtT1 = listResponse.json();
        List<String> historyAtT1 = stable(() -> historyRows(auditor.get(subjects + first + "/history?asOf=" + t1).json()));
        List<String> accessLogAtT1 = stable(() -> accessLogRows(auditor.get("/api/v1/companies/" + company
                + "/access-log?limit=1000").json(), t1));
        assertThat(historyAtT1).hasSizeGreaterThanOrEqualTo(5);

        // After T1: the second number acquired, its holder leaves long ago and is disposed of; the first is corrected,
        // verified again, used and provided.
        assertThat(acquire(handler, subjects + second, number(serial + 1), "[\"SOCIAL_INSURANCE\"]")).isEqualTo(201);
        assertThat(handler.post(subjects + first + "/my-number/corrections",
                "{\"myNumber\":\"" + number(serial + 2) + "\",\"reason\":\"REISSUED\"}").status()).isEqualTo(201);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(statuses(payroll, company))
                .containsEntry(first, "ACQUIRED"));
        assertThat(handler.post(subjects + first + "/my-number/verification",
                "{\"numberCheck\":\"MY_NUMBER_CARD\",\"identityCheck\":\"MY_NUMBER_CARD\"}").status()).isEqualTo(200);
        assertThat(handler.post(subjects + first + "/my-number/reveal",
                "{\"purpose\":\"WITHHOLDING_TAX\",\"reason\":\"年末調整\"}").status()).isEqualTo(200);
        assertThat(handler.post(subjects + first + "/my-number/provisions", "{\"purpose\":\"WITHHOLDING_TAX\","
                + "\"recipient\":\"TAX_OFFICE\",\"method\":\"E_TAX\",\"document\":\"源泉徴収票\"}").status()).isEqualTo(201);
        assertThat(payroll.post(subjects + second + "/employment", "{\"change\":\"ENDED\",\"effectiveOn\":\"2016-03-31\"}")
                .status()).isEqualTo(204);
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM read_model.retention_facts WHERE subject_id = ? AND due_on IS NOT NULL", Integer.class,
                second) == 1);
        assertThat(manager.post("/api/v1/companies/" + company + "/retention-sweeps", "").status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(statuses(payroll, company))
                .containsEntry(second, "DISPOSAL_DUE"));
        assertThat(manager.post("/api/v1/companies/" + company + "/disposals", "{\"subjectIds\":[\"" + second + "\"]}")
                .json().get("disposed").asInt()).isEqualTo(1);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(statuses(payroll, company))
                .containsEntry(first, "VERIFIED").containsEntry(second, "DISPOSED"));

        // Reconstructed as of T1: exactly what the projections showed at T1.
        HttpClientForTests.Response atT1 = auditor.get("/api/v1/companies/" + company + "/history?asOf=" + t1);
        assertThat(atT1.status()).as(atT1.body()).isEqualTo(200);
        NoMyNumbers.assertNoMyNumberIn(atT1.body());
        JsonNode stateAtT1 = atT1.json();
        assertThat(stateAtT1.get("companyId").asText()).isEqualTo(company);
        assertThat(Instant.parse(stateAtT1.get("asOf").asText())).isEqualTo(t1);
        assertThat(listRows(stateAtT1.get("subjects"))).isEqualTo(listRows(listAtT1));
        assertThat(subjectState(stateAtT1, first).get("numberHeld").asBoolean()).isTrue();
        assertThat(textValues(subjectState(stateAtT1, first).get("purposesNotified")))
                .containsExactly("SOCIAL_INSURANCE", "WITHHOLDING_TAX");
        assertThat(subjectState(stateAtT1, second).get("numberHeld").asBoolean()).isFalse();
        assertThat(historyRows(subjectState(stateAtT1, first).get("steps"))).isEqualTo(historyAtT1);
        List<String> reconstructedLog = accessLogRows(stateAtT1.get("accessLog"), t1);
        assertThat(reconstructedLog).hasSizeGreaterThanOrEqualTo(accessLogAtT1.size());
        assertThat(reconstructedLog.subList(reconstructedLog.size() - accessLogAtT1.size(), reconstructedLog.size()))
                .as("the newest rows the access log showed, row for row").isEqualTo(accessLogAtT1);
        JsonNode firstAtT1 = auditor.get(subjects + first + "/state?asOf=" + t1).json();
        assertThat(firstAtT1).isEqualTo(subjectState(stateAtT1, first));
        assertThat(auditor.get(subjects + first + "/history?asOf=" + t1).status()).isEqualTo(200);

        // Reconstructed now: the projections now.
        Instant t2 = Instant.now();
        List<String> historyAtT2 = stable(() -> historyRows(auditor.get(subjects + first + "/history?asOf=" + t2).json()));
        JsonNode now = auditor.get("/api/v1/companies/" + company + "/history").json();
        assertThat(listRows(now.get("subjects")))
                .isEqualTo(listRows(auditor.get("/api/v1/companies/" + company + "/subjects").json()));
        assertThat(subjectState(now, second).get("myNumberStatus").asText()).isEqualTo("DISPOSED");
        assertThat(subjectState(now, second).get("numberHeld").asBoolean()).isFalse();
        assertThat(subjectState(now, second).get("employeeCode").asText()).isEqualTo(code + "b");
        JsonNode stateAtT2 = auditor.get("/api/v1/companies/" + company + "/history?asOf=" + t2).json();
        assertThat(historyRows(subjectState(stateAtT2, first).get("steps"))).isEqualTo(historyAtT2);
        assertThat(historyAtT2).hasSizeGreaterThan(historyAtT1.size());
        assertThat(historyActions(subjectState(stateAtT2, first).get("steps"))).contains("CORRECTED", "PROVIDED");

        // Over GraphQL, the same state.
        HttpClientForTests.Response graphql = auditor.graphql("{ companyHistory(companyId: \"" + company + "\", asOf: \""
                + t1 + "\") { subjects { subjectId myNumberStatus steps { action purpose actorName role } } } }");
        NoMyNumbers.assertNoMyNumberIn(graphql.body());
        assertThat(graphql.json().get("errors")).isNull();
        JsonNode graphSubjects = graphql.json().at("/data/companyHistory/subjects");
        Map<String, String> graphStatuses = new TreeMap<>();
        graphSubjects.forEach(s -> graphStatuses.put(s.get("subjectId").asText(), s.get("myNumberStatus").asText()));
        assertThat(graphStatuses).isEqualTo(statusesOf(listAtT1));
        JsonNode subjectGraph = auditor.graphql("{ subjectState(companyId: \"" + company + "\", subjectId: \"" + first
                + "\", asOf: \"" + t1 + "\") { myNumberStatus numberHeld steps { eventId } } }").json();
        assertThat(subjectGraph.at("/data/subjectState/myNumberStatus").asText()).isEqualTo("VERIFIED");
        assertThat(subjectGraph.at("/data/subjectState/steps").size()).isEqualTo(historyAtT1.size());

        // From the events, not from the lists: a read model altered behind the server's back changes nothing.
        jdbc.update("UPDATE read_model.subject SET my_number_status = 'VERIFIED' WHERE subject_id = ?", third);
        try {
            assertThat(statuses(payroll, company)).containsEntry(third, "VERIFIED");
            assertThat(auditor.get(subjects + third + "/state").json().get("myNumberStatus").asText()).isEqualTo("REFUSED");
        } finally {
            jdbc.update("UPDATE read_model.subject SET my_number_status = 'REFUSED' WHERE subject_id = ?", third);
        }
    }

    @Test
    void everythingIsTheCompaniesOneMayAuditAndNothingElse() {
        HttpClientForTests auditor = new HttpClientForTests(port).as("demo-auditor");
        HttpClientForTests head = new HttpClientForTests(port).as("demo-head");
        String client1 = head.get("/api/v1/companies").json().get(0).get("id").asText();
        String client2 = head.get("/api/v1/companies").json().get(1).get("id").asText();

        HttpClientForTests.Response mine = auditor.get("/api/v1/history");
        assertThat(mine.status()).as(mine.body()).isEqualTo(200);
        NoMyNumbers.assertNoMyNumberIn(mine.body());
        assertThat(mine.json().findValuesAsText("companyId").stream().distinct()).containsExactly(client1);
        assertThat(mine.json().get(0).get("subjects").size()).isGreaterThan(0);

        HttpClientForTests.Response both = head.get("/api/v1/history");
        NoMyNumbers.assertNoMyNumberIn(both.body());
        List<String> headCompanies = new ArrayList<>();
        both.json().forEach(c -> headCompanies.add(c.get("companyId").asText()));
        assertThat(headCompanies).contains(client1, client2);
        JsonNode graphql = auditor.graphql("{ history { companyId subjects { myNumberStatus } } }").json();
        assertThat(graphql.get("errors")).isNull();
        assertThat(graphql.at("/data/history").findValuesAsText("companyId")).containsExactly(client1);

        // The read is recorded like any audit read: one granted access per company included.
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(jdbc.queryForObject("""
                SELECT count(*) FROM read_model.access_log WHERE action = 'FetchAuditableStateQuery' AND company_id = ?
                AND outcome = 'GRANTED'""", Integer.class, client1)).isGreaterThanOrEqualTo(2));
        assertThat(jdbc.queryForObject("""
                SELECT count(*) FROM read_model.access_log l JOIN read_model.user_account u ON u.user_id = l.user_id
                WHERE l.action = 'FetchAuditableStateQuery' AND l.company_id = ? AND u.username = 'demo-auditor'""",
                Integer.class, client2)).as("an auditor of client 1 never reads client 2").isZero();
    }

    @Test
    void payrollAndHandlersAreRefusedAndOtherTenantsToo() {
        String company = new HttpClientForTests(port).as("demo-manager").firstCompany();
        String client2 = new HttpClientForTests(port).as("demo-head").get("/api/v1/companies").json().get(1).get("id").asText();
        for (String user : List.of("demo-payroll", "demo-handler", "demo-employee")) {
            HttpClientForTests client = new HttpClientForTests(port).as(user);
            for (String path : List.of("/api/v1/history", "/api/v1/companies/" + company + "/history")) {
                HttpClientForTests.Response refused = client.get(path);
                assertThat(refused.status()).as(user + " " + path).isEqualTo(403);
                assertThat(refused.contentType()).contains("application/problem+json");
                assertThat(refused.code()).isEqualTo("ACCESS_DENIED");
            }
        }
        HttpClientForTests auditor = new HttpClientForTests(port).as("demo-auditor");
        assertThat(auditor.get("/api/v1/companies/" + client2 + "/history").code()).isEqualTo("ACCESS_DENIED");
        assertThat(new HttpClientForTests(port).as("demo-handler2").get("/api/v1/companies/" + company + "/history").code())
                .isEqualTo("ACCESS_DENIED");
        assertThat(new HttpClientForTests(port).get("/api/v1/history").status()).isEqualTo(401);
    }

    @Test
    void aBadOrFutureAsOfIsRefusedWithItsOwnCode() {
        HttpClientForTests auditor = new HttpClientForTests(port).as("demo-auditor");
        String company = auditor.firstCompany();
        HttpClientForTests.Response bad = auditor.get("/api/v1/companies/" + company + "/history?asOf=yesterday",
                "Accept-Language", "en");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.contentType()).contains("application/problem+json");
        assertThat(bad.code()).isEqualTo("AS_OF_INVALID");
        assertThat(bad.json().get("detail").asText()).contains("RFC 3339");
        HttpClientForTests.Response future = auditor.get("/api/v1/history?asOf=" + Instant.now().plus(1, ChronoUnit.DAYS));
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.code()).isEqualTo("AS_OF_IN_FUTURE");
        assertThat(auditor.get("/api/v1/companies/" + company + "/history?asOf=2026-01-01T09:00:00%2B09:00").status())
                .as("an offset is fine").isEqualTo(200);
        HttpClientForTests.Response before = auditor.get("/api/v1/companies/" + company + "/subjects/"
                + java.util.UUID.randomUUID() + "/state");
        assertThat(before.code()).isEqualTo("SUBJECT_NOT_FOUND");
        assertThat(auditor.graphql("{ history(asOf: \"nonsense\") { companyId } }").body()).contains("AS_OF_INVALID");
    }

    private static int acquire(HttpClientForTests client, String subjectPath, String number, String purposes) {
        return client.post(subjectPath + "/my-number", "{\"myNumber\":\"%s\",\"channel\":\"PAPER\",\"purposesNotified\":%s}"
                .formatted(number, purposes)).status();
    }

    private static Map<String, String> statuses(HttpClientForTests client, String company) {
        return statusesOf(client.get("/api/v1/companies/" + company + "/subjects").json());
    }

    private static Map<String, String> statusesOf(JsonNode list) {
        Map<String, String> statuses = new TreeMap<>();
        for (JsonNode row : list) {
            statuses.put(row.has("id") ? row.get("id").asText() : row.get("subjectId").asText(),
                    row.get("myNumberStatus").asText());
        }
        return statuses;
    }

    /** The subject list's columns the reconstruction also holds (not the name, not the mask), in the list's order. */
    private static List<String> listRows(JsonNode list) {
        List<String> rows = new ArrayList<>();
        for (JsonNode row : list) {
            rows.add(join(row, row.has("id") ? "id" : "subjectId", "kind", "employeeCode", "relatedSubjectId",
                    "relationship", "myNumberStatus", "acknowledgedRulesVersion"));
        }
        return rows;
    }

    /** The named fields, an absent or null one as "-". */
    private static String join(JsonNode row, String... fields) {
        List<String> values = new ArrayList<>();
        for (String field : fields) {
            JsonNode value = row.path(field);
            values.add(value.isMissingNode() || value.isNull() ? "-"
                    : field.equals("occurredAt") ? micros(value.asText()) : value.asText());
        }
        return String.join("|", values);
    }

    /** The history's columns (not the details, which the reconstruction leaves to the projection), oldest first. */
    private static List<String> historyRows(JsonNode steps) {
        List<String> rows = new ArrayList<>();
        for (JsonNode step : steps) {
            rows.add(join(step, "occurredAt", "action", "purpose", "actor", "actorName", "role", "clientAddress",
                    "userAgent", "requestId"));
        }
        return rows;
    }

    private static List<String> historyActions(JsonNode steps) {
        return steps.findValuesAsText("action");
    }

    private static List<String> textValues(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> {
            if (v.isTextual()) {
                values.add(v.asText());
            }
        });
        return values;
    }

    /** Access-log rows up to {@code asOf}, oldest first; the projection answers newest first. */
    private static List<String> accessLogRows(JsonNode log, Instant asOf) {
        List<String> rows = new ArrayList<>();
        for (JsonNode row : log) {
            if (!Instant.parse(row.get("occurredAt").asText()).isAfter(asOf)) {
                rows.add(join(row, "occurredAt", "userId", "username", "outcome", "action", "subjectId", "purpose", "role",
                        "reason", "clientAddress", "requestId"));
            }
        }
        rows.sort(null);
        return rows;
    }

    /** Epoch microseconds, zero-padded so that rows sort by time (the read model keeps microseconds). */
    private static String micros(String instant) {
        Instant at = Instant.parse(instant);
        return "%020d".formatted(at.getEpochSecond() * 1_000_000L + at.getNano() / 1000);
    }

    private static JsonNode subjectState(JsonNode company, String subjectId) {
        for (JsonNode subject : company.get("subjects")) {
            if (subject.get("subjectId").asText().equals(subjectId)) {
                return subject;
            }
        }
        throw new AssertionError("no subject " + subjectId);
    }

    /** A projection's answer once it has stopped changing (the processors have caught up): two equal reads a second apart. */
    private static <T> T stable(Supplier<T> read) {
        AtomicReference<T> last = new AtomicReference<>(read.get());
        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            T next = read.get();
            return next.equals(last.getAndSet(next));
        });
        return last.get();
    }
}
