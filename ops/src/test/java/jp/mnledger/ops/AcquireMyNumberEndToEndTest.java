package jp.mnledger.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import jp.mnledger.kernel.audit.AuditMetadata;
import jp.mnledger.kernel.number.MyNumber;
import jp.mnledger.kernel.seal.PersonalField;
import jp.mnledger.kernel.seal.SealedValue;
import jp.mnledger.kernel.seal.SealedValueOpener;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The first slice over real HTTP on the real database: register, acquire, list masked. */
@ExtendWith(OutputCaptureExtension.class)
class AcquireMyNumberEndToEndTest extends ServerTestBase {

    private static final String NUMBER = "023456789013";
    private static final String NAME = "山田 太郎";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SealedValueOpener opener;

    private HttpClientForTests manager;
    private HttpClientForTests handler;
    private String company;

    @BeforeEach
    void setUp() {
        manager = new HttpClientForTests(port).as("demo-manager");
        handler = new HttpClientForTests(port).as("demo-handler");
        company = manager.firstCompany();
    }

    @Test
    void anAcquiredNumberIsListedAsAcquiredAndFullyMasked(CapturedOutput output) {
        String subject = manager.registerSubject(company, "EMPLOYEE", NAME, "T001", null);

        HttpClientForTests.Response acquired = handler.acquire(company, subject, "０２３４ ５６７８-９０１３",
                "User-Agent", "tour/1.0");
        assertThat(acquired.status()).isEqualTo(201);
        assertThat(acquired.json().get("myNumberStatus").asText()).isEqualTo("ACQUIRED");

        JsonNode row = awaitSubject(company, subject, "ACQUIRED");
        assertThat(row.get("displayName").asText()).isEqualTo(NAME);
        assertThat(row.get("employeeCode").asText()).isEqualTo("T001");
        assertThat(row.get("myNumberMasked").asText()).isEqualTo("************");
        NoMyNumbers.assertNoMyNumberIn(manager.get("/api/v1/companies/" + company + "/subjects").body());
        assertThat(output.getAll()).doesNotContain(NUMBER).doesNotContain(NAME).doesNotContain("山田");
    }

    @Test
    void theEventStoreHoldsCiphertextOnly() {
        String subject = manager.registerSubject(company, "EMPLOYEE", NAME, "T002", null);
        assertThat(handler.acquire(company, subject, NUMBER).status()).isEqualTo(201);

        List<Map<String, Object>> rows = jdbc.queryForList(
                "SELECT payloadtype, payload, metadata FROM axon.domainevententry WHERE aggregateidentifier = ?", subject);
        assertThat(rows).hasSize(2);
        for (Map<String, Object> row : rows) {
            String payload = new String((byte[]) row.get("payload"), StandardCharsets.UTF_8);
            String metadata = new String((byte[]) row.get("metadata"), StandardCharsets.UTF_8);
            assertThat(payload + metadata).doesNotContain(NUMBER).doesNotContain("0234 5678").doesNotContain("山田"); // "0234" alone occurs in random ids
        }
        // Nor anywhere else in the database's tables, as text.
        Integer hits = jdbc.queryForObject("""
                SELECT count(*) FROM axon.domainevententry
                WHERE position(convert_to(?, 'UTF8') IN payload) > 0 OR position(convert_to(?, 'UTF8') IN metadata) > 0""",
                Integer.class, NUMBER, NUMBER);
        assertThat(hits).isZero();
    }

    @Test
    void theCommandSideCanOpenTheSealedNumber() throws Exception {
        String subject = manager.registerSubject(company, "EMPLOYEE", NAME, "T003", null);
        handler.acquire(company, subject, NUMBER);

        byte[] payload = jdbc.queryForObject("""
                SELECT payload FROM axon.domainevententry
                WHERE aggregateidentifier = ? AND payloadtype LIKE '%MyNumberAcquiredEvent'""", byte[].class, subject);
        JsonNode sealedJson = new ObjectMapper().readTree(payload).get("myNumber");
        SealedValue sealed = new ObjectMapper().treeToValue(sealedJson, SealedValue.class);
        assertThat(opener.open(subject, PersonalField.MY_NUMBER, sealed)).contains(NUMBER);
    }

    @Test
    void everyEventCarriesTheFullAuditMetadata() throws Exception {
        String subject = manager.registerSubject(company, "EMPLOYEE", NAME, "T004", null);
        handler.acquire(company, subject, NUMBER, "X-Request-Id", "req-0001-abcdef", "User-Agent", "tour/1.0");
        String handlerId = jdbc.queryForObject("SELECT user_id FROM identity.credential WHERE username = 'demo-handler'",
                String.class);

        byte[] metadata = jdbc.queryForObject("""
                SELECT metadata FROM axon.domainevententry
                WHERE aggregateidentifier = ? AND payloadtype LIKE '%MyNumberAcquiredEvent'""", byte[].class, subject);
        JsonNode meta = new ObjectMapper().readTree(metadata);
        assertThat(meta.get(AuditMetadata.ACTOR).asText()).isEqualTo(handlerId);
        assertThat(meta.get(AuditMetadata.ROLE).asText()).isEqualTo("HANDLER");
        assertThat(meta.get(AuditMetadata.REQUEST_ID).asText()).isEqualTo("req-0001-abcdef");
        assertThat(meta.get(AuditMetadata.TENANT).asText()).isEqualTo(company);
        assertThat(meta.get(AuditMetadata.USER_AGENT).asText()).isEqualTo("tour/1.0");
        assertThat(meta.get(AuditMetadata.CLIENT_ADDRESS).asText()).isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
        assertThat(java.time.Instant.parse(meta.get(AuditMetadata.TIME).asText())).isNotNull();

        Integer withoutActor = jdbc.queryForObject("""
                SELECT count(*) FROM axon.domainevententry
                WHERE position(convert_to('"actor"', 'UTF8') IN metadata) = 0
                   OR position(convert_to('"requestId"', 'UTF8') IN metadata) = 0
                   OR position(convert_to('"time"', 'UTF8') IN metadata) = 0""", Integer.class);
        assertThat(withoutActor).isZero();
    }

    @Test
    void graphQlListsTheSameMaskedSubjects() {
        String subject = manager.registerSubject(company, "PAYEE", "佐藤 一郎", "T005", null);
        handler.acquire(company, subject, NUMBER);
        awaitSubject(company, subject, "ACQUIRED");

        JsonNode data = manager.graphql("{ subjects(companyId: \"" + company + "\") { id kind displayName myNumberStatus myNumberMasked } }")
                .json().get("data").get("subjects");
        JsonNode row = null;
        for (JsonNode node : data) {
            if (node.get("id").asText().equals(subject)) {
                row = node;
            }
        }
        assertThat(row).isNotNull();
        assertThat(row.get("kind").asText()).isEqualTo("PAYEE");
        assertThat(row.get("myNumberStatus").asText()).isEqualTo("ACQUIRED");
        assertThat(data.findValuesAsText("myNumberMasked")).containsOnly(MyNumber.MASK);
    }

    @Test
    void aDependentIsListedWithItsEmployee() {
        String employee = manager.registerSubject(company, "EMPLOYEE", NAME, "T010", null);
        String dependent = manager.registerSubject(company, "DEPENDENT", "山田 花子", null, employee);
        JsonNode row = awaitSubject(company, dependent, "NOT_ACQUIRED");
        assertThat(row.get("relatedSubjectId").asText()).isEqualTo(employee);
    }

    @Test
    void theOpenApiDocumentDescribesTheApi() {
        JsonNode paths = new HttpClientForTests(port).get("/v3/api-docs").json().get("paths");
        assertThat(paths.has("/api/v1/companies")).isTrue();
        assertThat(paths.has("/api/v1/companies/{companyId}/subjects")).isTrue();
        assertThat(paths.has("/api/v1/companies/{companyId}/subjects/{subjectId}/my-number")).isTrue();
    }

    private JsonNode awaitSubject(String company, String subject, String status) {
        JsonNode[] found = new JsonNode[1];
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonNode list = manager.get("/api/v1/companies/" + company + "/subjects").json();
            assertThat(list.isArray()).as("the projection has caught up with the company").isTrue();
            found[0] = null;
            list.forEach(node -> {
                if (node.get("id").asText().equals(subject)) {
                    found[0] = node;
                }
            });
            assertThat(found[0]).isNotNull();
            assertThat(found[0].get("myNumberStatus").asText()).isEqualTo(status);
        });
        return found[0];
    }
}
