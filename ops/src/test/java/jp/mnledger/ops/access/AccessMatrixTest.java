package jp.mnledger.ops.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import java.util.stream.Stream;
import jp.mnledger.ops.HttpClientForTests;
import jp.mnledger.ops.MnLedgerServer;
import jp.mnledger.ops.TestImages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The role × endpoint × tenant matrix: every endpoint of the API, every demo role (and nobody), the
 * caller's own company and another one — each cell asserts allowed, denied (403, and the denial stored
 * as an event) or unauthenticated (401). Generated from the one table {@link #ENDPOINTS}; a test fails
 * when an endpoint exists that the table does not cover. Its own server: the last row publishes new
 * handling rules, which outdates every pledge.
 */
@SpringBootTest(classes = MnLedgerServer.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "mnledger.tls.enabled=false")
@ActiveProfiles("demo")
class AccessMatrixTest {

    private static final Path DATA_DIR = Path.of("target", "test-data", "matrix-" + UUID.randomUUID());

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        registry.add("mnledger.data-dir", DATA_DIR::toString);
    }

    enum Outcome { ALLOWED, DENIED, UNAUTHENTICATED }

    enum Tenant { OWN, OTHER }

    static final List<String> USERS = List.of("anonymous", "demo-head", "demo-manager", "demo-handler", "demo-payroll",
            "demo-auditor", "demo-employee", "demo-handler2");

    /** What a request needs: the company of the cell's tenant, a fresh subject there, the ids of the demo. */
    record Context(String company, String freshSubject, String ownDependent, String office, String payrollUserId,
                   String ownSubject, Supplier<String> ownSubjectImage, String campaign) {
    }

    /**
     * One endpoint: how to call it, and who is allowed in the caller's own company (client 1) and in
     * another (client 2). The office head oversees both; demo-handler2 serves client 2 only.
     */
    record Endpoint(String method, String pattern, BiFunction<HttpClientForTests, Context, HttpClientForTests.Response> call,
                    Set<String> allowedOwn, Set<String> allowedOther) {
    }

    private static final Set<String> NONE = Set.of();
    private static final String ALL_PURPOSES = "[\"SOCIAL_INSURANCE\",\"EMPLOYMENT_INSURANCE\",\"WORKERS_COMPENSATION\","
            + "\"WITHHOLDING_TAX\",\"PAYMENT_REPORT\",\"RESIDENT_TAX\",\"TAX_FILING\"]";

    /** A filing's per-subject refusal, surfaced as the response a single call would have given. */
    private static HttpClientForTests.Response filingOutcome(HttpClientForTests.Response response) {
        if ((response.status() == 200 || response.status() == 201) && response.body().contains("\"outcome\":\"ACCESS_DENIED\"")) {
            return new HttpClientForTests.Response(403, "{\"code\":\"ACCESS_DENIED\"}", response.raw());
        }
        return response;
    }

    private static String subjectPath(Context c) {
        return "/api/v1/companies/" + c.company() + "/subjects/" + c.freshSubject();
    }
    private static final Set<String> EVERYONE = Set.of("demo-head", "demo-manager", "demo-handler", "demo-payroll",
            "demo-auditor", "demo-employee", "demo-handler2");
    private static final Set<String> MASKED_VIEWERS_OWN = Set.of("demo-head", "demo-manager", "demo-handler",
            "demo-payroll", "demo-auditor");
    private static final Set<String> OFFICE_HEAD_AND_HANDLER2 = Set.of("demo-head", "demo-handler2");
    private static final Set<String> AUDIT_OWN = Set.of("demo-head", "demo-manager", "demo-auditor");
    private static final Set<String> HEAD = Set.of("demo-head");
    private static final Set<String> HEAD_AND_MANAGER = Set.of("demo-head", "demo-manager");
    private static final Set<String> REGISTRANTS_OWN = Set.of("demo-head", "demo-manager", "demo-handler", "demo-payroll");

    /** A one-line import file with an employee code of its own (codes are unique in a company). */
    private static byte[] importFile() {
        return ("区分,氏名,社員番号\n従業員,行列 取込," + "X" + UUID.randomUUID().toString().substring(0, 8) + "\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
    /** The ledger is installation-wide: the same callers whichever company the cell is about. */
    private static final Set<String> LEDGER_AUDITORS = Set.of("demo-head", "demo-manager", "demo-auditor");

    static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("GET", "/api/v1/companies", (h, c) -> h.get("/api/v1/companies"), EVERYONE, EVERYONE),
            new Endpoint("POST", "/api/v1/companies", (h, c) -> h.post("/api/v1/companies",
                    "{\"name\":\"行列テスト株式会社\",\"officeId\":\"" + c.office() + "\"}"), HEAD, HEAD),
            new Endpoint("POST", "/api/v1/offices", (h, c) -> h.post("/api/v1/offices", "{\"name\":\"別事務所\"}"), NONE, NONE),
            new Endpoint("POST", "/api/v1/users", (h, c) -> h.post("/api/v1/users",
                    "{\"username\":\"matrix-" + UUID.randomUUID().toString().substring(0, 8)
                            + "\",\"password\":\"Kurobune-Lighthouse-4417\",\"enrolTotp\":false}"), NONE, NONE),
            new Endpoint("POST", "/api/v1/users/{userId}/roles", (h, c) -> h.post("/api/v1/users/" + c.payrollUserId() + "/roles",
                    "{\"role\":\"AUDITOR\",\"companyId\":\"" + c.company() + "\"}"), NONE, NONE),
            new Endpoint("POST", "/api/v1/users/{userId}/role-revocations", (h, c) -> h.post("/api/v1/users/"
                    + c.payrollUserId() + "/role-revocations", "{\"role\":\"AUDITOR\",\"companyId\":\"" + c.company() + "\"}"),
                    NONE, NONE),
            new Endpoint("GET", "/api/v1/companies/{companyId}/subjects",
                    (h, c) -> h.get("/api/v1/companies/" + c.company() + "/subjects"), MASKED_VIEWERS_OWN, OFFICE_HEAD_AND_HANDLER2),
            new Endpoint("GET", "/api/v1/companies/{companyId}/subjects/{subjectId}/dependents",
                    (h, c) -> h.get("/api/v1/companies/" + c.company() + "/subjects/" + c.ownSubject() + "/dependents"),
                    MASKED_VIEWERS_OWN, OFFICE_HEAD_AND_HANDLER2),
            new Endpoint("POST", "/api/v1/companies/{companyId}/campaigns", (h, c) -> h.post("/api/v1/companies/"
                    + c.company() + "/campaigns", "{\"name\":\"行列 " + UUID.randomUUID() + "\",\"purposes\":[\"WITHHOLDING_TAX\"],"
                    + "\"subjectKinds\":[\"EMPLOYEE\"],\"dueOn\":\"2026-12-11\"}"),
                    Set.of("demo-head", "demo-manager", "demo-handler", "demo-payroll"), OFFICE_HEAD_AND_HANDLER2),
            new Endpoint("GET", "/api/v1/companies/{companyId}/campaigns",
                    (h, c) -> h.get("/api/v1/companies/" + c.company() + "/campaigns"), MASKED_VIEWERS_OWN,
                    OFFICE_HEAD_AND_HANDLER2),
            new Endpoint("GET", "/api/v1/companies/{companyId}/campaigns/{campaignId}",
                    (h, c) -> h.get("/api/v1/companies/" + c.company() + "/campaigns/" + c.campaign()), MASKED_VIEWERS_OWN,
                    OFFICE_HEAD_AND_HANDLER2),
            new Endpoint("POST", "/graphql", (h, c) -> h.graphql("{ subjects(companyId: \"" + c.company() + "\") { id } }"),
                    MASKED_VIEWERS_OWN, OFFICE_HEAD_AND_HANDLER2),
            new Endpoint("POST", "/api/v1/companies/{companyId}/subjects", (h, c) -> h.post("/api/v1/companies/"
                    + c.company() + "/subjects", "{\"kind\":\"EMPLOYEE\",\"displayName\":\"行列 太郎\"}"),
                    REGISTRANTS_OWN, OFFICE_HEAD_AND_HANDLER2),
            new Endpoint("POST", "/api/v1/companies/{companyId}/subjects/{subjectId}/my-number",
                    (h, c) -> h.acquire(c.company(), c.freshSubject(), "123456789018"), Set.of("demo-handler"),
                    Set.of("demo-handler2")),
            new Endpoint("POST", "/api/v1/companies/{companyId}/subjects/{subjectId}/my-number (own dependent)",
                    (h, c) -> h.acquire(c.company(), c.ownDependent() == null ? c.freshSubject() : c.ownDependent(),
                            "111111111118"), Set.of("demo-handler", "demo-employee"), Set.of("demo-handler2")),
            new Endpoint("GET", "/api/v1/companies/{companyId}/handlers",
                    (h, c) -> h.get("/api/v1/companies/" + c.company() + "/handlers"), AUDIT_OWN, HEAD),
            new Endpoint("GET", "/api/v1/companies/{companyId}/handling-register",
                    (h, c) -> h.get("/api/v1/companies/" + c.company() + "/handling-register"), AUDIT_OWN, HEAD),
            new Endpoint("GET", "/api/v1/companies/{companyId}/access-log",
                    (h, c) -> h.get("/api/v1/companies/" + c.company() + "/access-log"), AUDIT_OWN, HEAD),
            new Endpoint("POST", "/api/v1/companies/{companyId}/trainings", (h, c) -> h.post("/api/v1/companies/"
                    + c.company() + "/trainings", "{\"userId\":\"" + c.payrollUserId() + "\"}"), HEAD_AND_MANAGER, HEAD),
            new Endpoint("POST", "/api/v1/companies/{companyId}/pledges",
                    (h, c) -> h.post("/api/v1/companies/" + c.company() + "/pledges", "{}"),
                    MASKED_VIEWERS_OWN, OFFICE_HEAD_AND_HANDLER2),
            new Endpoint("POST", "/api/v1/companies/{companyId}/handlers", (h, c) -> h.post("/api/v1/companies/"
                    + c.company() + "/handlers", "{\"userId\":\"" + c.payrollUserId() + "\",\"purposes\":[\"WITHHOLDING_TAX\"]}"),
                    HEAD_AND_MANAGER, HEAD),
            new Endpoint("DELETE", "/api/v1/companies/{companyId}/handlers/{userId}",
                    (h, c) -> h.delete("/api/v1/companies/" + c.company() + "/handlers/" + c.payrollUserId()),
                    HEAD_AND_MANAGER, HEAD),
            new Endpoint("POST", "/api/v1/companies/{companyId}/purposes", (h, c) -> h.post("/api/v1/companies/"
                    + c.company() + "/purposes", "{\"purposes\":" + ALL_PURPOSES + "}"), HEAD_AND_MANAGER, HEAD),
            new Endpoint("POST", "/api/v1/companies/{companyId}/subjects/{subjectId}/my-number/verification",
                    (h, c) -> h.post(subjectPath(c) + "/my-number/verification",
                            "{\"numberCheck\":\"MY_NUMBER_CARD\",\"identityCheck\":\"MY_NUMBER_CARD\"}"),
                    Set.of("demo-handler"), Set.of("demo-handler2")),
            new Endpoint("POST", "/api/v1/companies/{companyId}/subjects/{subjectId}/my-number/reveal",
                    (h, c) -> h.post(subjectPath(c) + "/my-number/reveal",
                            "{\"purpose\":\"WITHHOLDING_TAX\",\"reason\":\"行列テスト\"}"),
                    Set.of("demo-handler"), Set.of("demo-handler2")),
            new Endpoint("POST", "/api/v1/companies/{companyId}/subjects/{subjectId}/my-number/provisions",
                    (h, c) -> h.post(subjectPath(c) + "/my-number/provisions", "{\"purpose\":\"WITHHOLDING_TAX\","
                            + "\"recipient\":\"TAX_OFFICE\",\"method\":\"E_TAX\",\"document\":\"源泉徴収票\"}"),
                    Set.of("demo-handler"), Set.of("demo-handler2")),
            new Endpoint("POST", "/api/v1/companies/{companyId}/subjects/{subjectId}/my-number/refusal",
                    (h, c) -> h.post(subjectPath(c) + "/my-number/refusal",
                            "{\"howRequested\":\"書面\",\"requestedOn\":\"2026-11-02\"}"),
                    Set.of("demo-handler"), Set.of("demo-handler2")),
            new Endpoint("POST", "/api/v1/companies/{companyId}/subjects/{subjectId}/my-number/corrections",
                    (h, c) -> h.post(subjectPath(c) + "/my-number/corrections",
                            "{\"myNumber\":\"111111111118\",\"reason\":\"REISSUED\"}"),
                    Set.of("demo-handler"), Set.of("demo-handler2")),
            new Endpoint("POST", "/api/v1/companies/{companyId}/subjects/{subjectId}/employment",
                    (h, c) -> h.post(subjectPath(c) + "/employment", "{\"change\":\"STARTED\",\"effectiveOn\":\"2020-04-01\"}"),
                    Set.of("demo-head", "demo-manager", "demo-handler", "demo-payroll"), OFFICE_HEAD_AND_HANDLER2),
            // A filing answers 200 with one outcome per subject; a caller without the grant gets ACCESS_DENIED per line.
            new Endpoint("POST", "/api/v1/companies/{companyId}/filings", (h, c) -> filingOutcome(h.post("/api/v1/companies/"
                    + c.company() + "/filings", "{\"purpose\":\"WITHHOLDING_TAX\",\"recipient\":\"TAX_OFFICE\","
                    + "\"method\":\"E_TAX\",\"document\":\"源泉徴収票\",\"subjectIds\":[\"" + c.freshSubject() + "\"]}")),
                    Set.of("demo-handler"), Set.of("demo-handler2")),
            new Endpoint("POST", "/api/v1/companies/{companyId}/subjects/{subjectId}/acknowledgements",
                    (h, c) -> h.post("/api/v1/companies/" + c.company() + "/subjects/" + c.ownSubject() + "/acknowledgements",
                            "{\"typedName\":\"山田 太郎\"}"), Set.of("demo-employee"), NONE),
            // The receive-only inbox: the person sends (own data only), only a handler lists and views — not the sender.
            new Endpoint("POST", "/api/v1/companies/{companyId}/subjects/{subjectId}/id-documents",
                    (h, c) -> h.postBytes(subjectPath(c) + "/id-documents?kind=IDENTITY_CHECK", "image/png",
                            TestImages.png("matrix")), Set.of("demo-handler"), Set.of("demo-handler2")),
            new Endpoint("POST", "/api/v1/companies/{companyId}/subjects/{subjectId}/id-documents (own subject)",
                    (h, c) -> h.postBytes("/api/v1/companies/" + c.company() + "/subjects/" + c.ownSubject()
                            + "/id-documents?kind=NUMBER_CHECK", "image/png", TestImages.png("matrix")),
                    Set.of("demo-handler", "demo-employee"), Set.of("demo-handler2")),
            new Endpoint("GET", "/api/v1/companies/{companyId}/subjects/{subjectId}/id-documents",
                    (h, c) -> h.get(subjectPath(c) + "/id-documents"), Set.of("demo-handler"), Set.of("demo-handler2")),
            new Endpoint("GET", "/api/v1/companies/{companyId}/subjects/{subjectId}/id-documents (own subject)",
                    (h, c) -> h.get("/api/v1/companies/" + c.company() + "/subjects/" + c.ownSubject() + "/id-documents"),
                    Set.of("demo-handler"), Set.of("demo-handler2")),
            new Endpoint("GET", "/api/v1/companies/{companyId}/subjects/{subjectId}/id-documents/{imageId}/content (own subject)",
                    (h, c) -> h.getBytes("/api/v1/companies/" + c.company() + "/subjects/" + c.ownSubject() + "/id-documents/"
                            + c.ownSubjectImage().get() + "/content").asText(),
                    Set.of("demo-handler"), Set.of("demo-handler2")),
            // Invitations (ADR 0021): who may register subjects may invite them; masked viewers see the history.
            new Endpoint("POST", "/api/v1/companies/{companyId}/subjects/{subjectId}/invitations",
                    (h, c) -> h.post(subjectPath(c) + "/invitations", "{}"), REGISTRANTS_OWN, OFFICE_HEAD_AND_HANDLER2),
            new Endpoint("GET", "/api/v1/companies/{companyId}/subjects/{subjectId}/invitations",
                    (h, c) -> h.get(subjectPath(c) + "/invitations"), MASKED_VIEWERS_OWN, OFFICE_HEAD_AND_HANDLER2),
            new Endpoint("GET", "/api/v1/ledger/public-keys", (h, c) -> h.get("/api/v1/ledger/public-keys"),
                    LEDGER_AUDITORS, LEDGER_AUDITORS),
            new Endpoint("POST", "/api/v1/ledger/heads", (h, c) -> h.post("/api/v1/ledger/heads", "{}"),
                    LEDGER_AUDITORS, LEDGER_AUDITORS),
            new Endpoint("GET", "/api/v1/ledger/heads/latest", (h, c) -> h.get("/api/v1/ledger/heads/latest"),
                    LEDGER_AUDITORS, LEDGER_AUDITORS),
            new Endpoint("GET", "/api/v1/companies/{companyId}/subjects/{subjectId}/history",
                    (h, c) -> h.get(subjectPath(c) + "/history"), AUDIT_OWN, HEAD),
            new Endpoint("GET", "/api/v1/companies/{companyId}/subjects/{subjectId}/state",
                    (h, c) -> h.get(subjectPath(c) + "/state"), AUDIT_OWN, HEAD),
            new Endpoint("GET", "/api/v1/companies/{companyId}/history",
                    (h, c) -> h.get("/api/v1/companies/" + c.company() + "/history"), AUDIT_OWN, HEAD),
            new Endpoint("GET", "/api/v1/history", (h, c) -> h.get("/api/v1/history"), LEDGER_AUDITORS, LEDGER_AUDITORS),
            new Endpoint("GET", "/api/v1/retention-policy", (h, c) -> h.get("/api/v1/retention-policy"), EVERYONE, EVERYONE),
            new Endpoint("GET", "/api/v1/companies/{companyId}/retention-schedule",
                    (h, c) -> h.get("/api/v1/companies/" + c.company() + "/retention-schedule"), AUDIT_OWN, HEAD),
            new Endpoint("GET", "/api/v1/companies/{companyId}/disposals",
                    (h, c) -> h.get("/api/v1/companies/" + c.company() + "/disposals"), AUDIT_OWN, HEAD),
            new Endpoint("GET", "/api/v1/companies/{companyId}/disposal-certificates/{certificateId}",
                    (h, c) -> h.get("/api/v1/companies/" + c.company() + "/disposal-certificates/" + UUID.randomUUID()),
                    AUDIT_OWN, HEAD),
            new Endpoint("POST", "/api/v1/companies/{companyId}/retention-sweeps",
                    (h, c) -> h.post("/api/v1/companies/" + c.company() + "/retention-sweeps", ""), HEAD_AND_MANAGER, HEAD),
            // A fresh subject was never proposed: an allowed caller gets DISPOSAL_NOT_PROPOSED on its line, others ACCESS_DENIED.
            new Endpoint("POST", "/api/v1/companies/{companyId}/disposals", (h, c) -> filingOutcome(h.post("/api/v1/companies/"
                    + c.company() + "/disposals", "{\"subjectIds\":[\"" + c.freshSubject() + "\"]}")), HEAD_AND_MANAGER, HEAD),
            new Endpoint("POST", "/api/v1/companies/{companyId}/retention-overrides", (h, c) -> h.post("/api/v1/companies/"
                    + c.company() + "/retention-overrides",
                    "{\"documentTypeId\":\"KENKO_HOKEN\",\"period\":\"P5Y\",\"reason\":\"行列テスト\"}"), HEAD_AND_MANAGER, HEAD),
            // Tenant key rotation: the platform administrator only (not among the demo users).
            new Endpoint("POST", "/api/v1/companies/{companyId}/key-rotations",
                    (h, c) -> h.post("/api/v1/companies/" + c.company() + "/key-rotations", ""), NONE, NONE),
            new Endpoint("POST", "/api/v1/companies/{companyId}/disposal-confirmation", (h, c) -> h.post("/api/v1/companies/"
                    + c.company() + "/disposal-confirmation", "{\"automatic\":false}"), HEAD_AND_MANAGER, HEAD),
            new Endpoint("POST", "/api/v1/companies/{companyId}/subject-imports/preview", (h, c) -> h.postFile(
                    "/api/v1/companies/" + c.company() + "/subject-imports/preview", importFile(), "text/csv"),
                    REGISTRANTS_OWN, OFFICE_HEAD_AND_HANDLER2),
            new Endpoint("POST", "/api/v1/companies/{companyId}/subject-imports", (h, c) -> h.postFile(
                    "/api/v1/companies/" + c.company() + "/subject-imports", importFile(), "text/csv"),
                    REGISTRANTS_OWN, OFFICE_HEAD_AND_HANDLER2),
            new Endpoint("GET", "/api/v1/companies/{companyId}/subject-imports/{importId}", (h, c) -> h.get(
                    "/api/v1/companies/" + c.company() + "/subject-imports/" + UUID.randomUUID()),
                    REGISTRANTS_OWN, OFFICE_HEAD_AND_HANDLER2),
            // The evidence export: the company's auditors (a recent period keeps each cell's zip small).
            new Endpoint("GET", "/api/v1/companies/{companyId}/evidence", (h, c) -> h.get("/api/v1/companies/" + c.company()
                    + "/evidence?from=" + java.time.Instant.now().minusSeconds(2)), AUDIT_OWN, HEAD),
            // 漏えい等報告 drafts: drafted by the manager and the office head, read by them and the auditor.
            new Endpoint("POST", "/api/v1/companies/{companyId}/breach-reports", (h, c) -> h.post("/api/v1/companies/"
                    + c.company() + "/breach-reports", "{\"windowFrom\":\"2026-11-01T00:00:00+09:00\",\"windowTo\":"
                    + "\"2026-11-02T00:00:00+09:00\",\"awareAt\":\"2026-11-03T10:00:00+09:00\",\"scope\":{\"accounts\":"
                    + "[\"demo-handler\"]},\"category\":\"LEAK\"}"), HEAD_AND_MANAGER, HEAD),
            new Endpoint("GET", "/api/v1/companies/{companyId}/breach-reports",
                    (h, c) -> h.get("/api/v1/companies/" + c.company() + "/breach-reports"), AUDIT_OWN, HEAD),
            // An unknown report: the allowed get BREACH_REPORT_NOT_FOUND, the others ACCESS_DENIED before any lookup.
            new Endpoint("GET", "/api/v1/companies/{companyId}/breach-reports/{reportId}",
                    (h, c) -> h.get("/api/v1/companies/" + c.company() + "/breach-reports/" + UUID.randomUUID()),
                    AUDIT_OWN, HEAD),
            new Endpoint("GET", "/api/v1/companies/{companyId}/breach-reports/{reportId}/pdf",
                    (h, c) -> h.getBytes("/api/v1/companies/" + c.company() + "/breach-reports/" + UUID.randomUUID()
                            + "/pdf").asText(), AUDIT_OWN, HEAD),
            // Last: new rules outdate every pledge.
            new Endpoint("POST", "/api/v1/companies/{companyId}/handling-rules", (h, c) -> h.post("/api/v1/companies/"
                    + c.company() + "/handling-rules", "{\"title\":\"取扱規程 第2版\"}"), HEAD_AND_MANAGER, HEAD));

    /** Endpoints outside the matrix, each with the test that covers it. */
    static final Set<String> COVERED_ELSEWHERE = Set.of(
            "POST /api/v1/auth/token", "POST /api/v1/auth/logout", "POST /api/v1/auth/password",
            "POST /api/v1/auth/session", "DELETE /api/v1/auth/session", // AuthenticationTest
            "GET /api/v1/auth/session", // UiHeadersTest (one's own user and roles)
            // An invitation's own session, not a user's (every user here gets 401): InvitationApiTest
            "POST /api/v1/invitations/session", "DELETE /api/v1/invitations/session", "GET /api/v1/invitations/current",
            "POST /api/v1/invitations/current/my-number", "POST /api/v1/invitations/current/dependents",
            "POST /api/v1/invitations/current/id-documents", "POST /api/v1/invitations/current/completion");

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    static Stream<Arguments> cells() {
        List<Arguments> cells = new ArrayList<>();
        for (Endpoint endpoint : ENDPOINTS) {
            for (Tenant tenant : Tenant.values()) {
                for (String user : USERS) {
                    Set<String> allowed = tenant == Tenant.OWN ? endpoint.allowedOwn() : endpoint.allowedOther();
                    Outcome expected = user.equals("anonymous") ? Outcome.UNAUTHENTICATED
                            : allowed.contains(user) ? Outcome.ALLOWED : Outcome.DENIED;
                    cells.add(Arguments.of(endpoint.method() + " " + endpoint.pattern(), tenant, user, expected));
                }
            }
        }
        return cells.stream();
    }

    private HttpClientForTests head;

    @BeforeEach
    void setUp() {
        head = new HttpClientForTests(port).as("demo-head");
    }

    @ParameterizedTest(name = "{0} [{1}] as {2} -> {3}")
    @MethodSource("cells")
    void everyCellHasTheRightOutcome(String endpointName, Tenant tenant, String user, Outcome expected) {
        Endpoint endpoint = ENDPOINTS.stream().filter(e -> (e.method() + " " + e.pattern()).equals(endpointName))
                .findFirst().orElseThrow();
        Context context = context(tenant);
        HttpClientForTests client = user.equals("anonymous") ? new HttpClientForTests(port) : new HttpClientForTests(port).as(user);
        long deniedBefore = deniedEvents();

        HttpClientForTests.Response response = endpoint.call().apply(client, context);

        assertThat(outcome(response)).as("%s → %d %s", endpointName, response.status(), response.body()).isEqualTo(expected);
        if (expected == Outcome.DENIED) {
            assertThat(deniedEvents()).as("the denial is recorded").isEqualTo(deniedBefore + 1);
        }
        jp.mnledger.ops.NoMyNumbers.assertNoMyNumberIn(response.body());
    }

    @Test
    void theTableCoversEveryEndpoint() {
        Set<String> served = new TreeSet<>();
        mappings.getHandlerMethods().keySet().forEach(info -> info.getPatternValues().forEach(pattern -> {
            if (pattern.startsWith("/api/") || pattern.equals("/graphql")) {
                info.getMethodsCondition().getMethods().forEach(m -> served.add(m.name() + " " + pattern));
            }
        }));
        Set<String> covered = new TreeSet<>(COVERED_ELSEWHERE);
        ENDPOINTS.forEach(e -> covered.add(e.method() + " " + e.pattern().replaceAll(" \\(own [a-z]+\\)$", "")));
        assertThat(covered).containsAll(served);
    }

    private static Outcome outcome(HttpClientForTests.Response response) {
        if (response.status() == 401) {
            return Outcome.UNAUTHENTICATED;
        }
        if (response.status() == 403 && "ACCESS_DENIED".equals(response.code())) {
            return Outcome.DENIED;
        }
        if (response.status() == 200 && response.body().contains("\"errors\"")) {
            JsonNode errors = response.json().get("errors");
            if (errors != null && errors.size() > 0
                    && "ACCESS_DENIED".equals(errors.get(0).path("extensions").path("code").asText())) {
                return Outcome.DENIED;
            }
        }
        return Outcome.ALLOWED;
    }

    private Context context(Tenant tenant) {
        List<String> companies = jdbc.queryForList("""
                SELECT c.company_id FROM read_model.company c ORDER BY c.created_at LIMIT 2""", String.class);
        String company = tenant == Tenant.OWN ? companies.get(0) : companies.get(1);
        String office = jdbc.queryForObject("SELECT office_id FROM command_lookup.office_client WHERE company_id = ?",
                String.class, company);
        String fresh = head.registerSubject(company, "EMPLOYEE", "行列 花子", "M" + UUID.randomUUID().toString().substring(0, 8),
                null);
        String ownDependent = tenant == Tenant.OTHER ? null : jdbc.queryForObject("""
                SELECT s.subject_id FROM command_lookup.subject s
                JOIN command_lookup.role_grant g ON g.subject_id = s.related_subject_id
                JOIN identity.credential c ON c.user_id = g.user_id AND c.username = 'demo-employee'
                ORDER BY s.subject_id DESC LIMIT 1""", String.class);
        String payroll = jdbc.queryForObject("SELECT user_id FROM identity.credential WHERE username = 'demo-payroll'",
                String.class);
        String ownSubject = tenant == Tenant.OTHER ? fresh : jdbc.queryForObject("""
                SELECT g.subject_id FROM command_lookup.role_grant g
                JOIN identity.credential c ON c.user_id = g.user_id AND c.username = 'demo-employee'
                WHERE g.role = 'SELF_SERVICE'""", String.class);
        // An image in the own subject, sent by its owner (client 2 has no self-service user: its handler sends it).
        Supplier<String> ownSubjectImage = () -> new HttpClientForTests(port)
                .as(tenant == Tenant.OWN ? "demo-employee" : "demo-handler2")
                .postBytes("/api/v1/companies/" + company + "/subjects/" + ownSubject + "/id-documents?kind=IDENTITY_CHECK",
                        "image/png", TestImages.png("matrix")).json().get("imageId").asText();
        String campaign = CAMPAIGNS.computeIfAbsent(company, this::openCampaign);
        return new Context(company, fresh, ownDependent, office, payroll, ownSubject, ownSubjectImage, campaign);
    }

    /** One campaign per company for the whole matrix: opening one per cell cost minutes. */
    private static final java.util.Map<String, String> CAMPAIGNS = new java.util.concurrent.ConcurrentHashMap<>();

    private String openCampaign(String company) {
        String campaign = head.post("/api/v1/companies/" + company + "/campaigns", "{\"name\":\"行列 " + UUID.randomUUID()
                + "\",\"purposes\":[\"WITHHOLDING_TAX\"],\"subjectKinds\":[\"EMPLOYEE\"],\"dueOn\":\"2026-12-11\"}")
                .json().get("id").asText();
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM read_model.collection_campaign WHERE campaign_id = ?", Integer.class, campaign) == 1);
        return campaign;
    }

    private long deniedEvents() {
        return jdbc.queryForObject("SELECT count(*) FROM axon.domainevententry WHERE payloadtype LIKE '%AccessDeniedEvent'",
                Long.class);
    }
}
