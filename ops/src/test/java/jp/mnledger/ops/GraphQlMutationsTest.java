package jp.mnledger.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import jp.mnledger.kernel.number.MyNumber;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The lifecycle over GraphQL mutations: the same rules, audit metadata and error codes as REST. */
@ExtendWith(OutputCaptureExtension.class)
class GraphQlMutationsTest extends ServerTestBase {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    private HttpClientForTests payroll;
    private HttpClientForTests handler;
    private String company;

    @BeforeEach
    void setUp() {
        payroll = new HttpClientForTests(port).as("demo-payroll");
        handler = new HttpClientForTests(port).as("demo-handler");
        company = payroll.firstCompany();
    }

    private JsonNode data(HttpClientForTests client, String mutation) {
        HttpClientForTests.Response response = client.graphql(mutation);
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("errors")).as(response.body()).isNull();
        return response.json().get("data");
    }

    private static String code(HttpClientForTests.Response response) {
        return response.json().at("/errors/0/extensions/code").asText();
    }

    @Test
    void aSubjectIsRegisteredAcquiredVerifiedAndRevealedThroughMutations(CapturedOutput output) {
        String number = MyNumber.fromBaseDigits("%011d".formatted(81_234_567_000L + System.nanoTime() % 1000)).digits();
        String subject = data(payroll, "mutation { registerSubject(companyId: \"" + company + "\", input: {kind: EMPLOYEE, "
                + "displayName: \"グラフ 太郎\", employeeCode: \"G001\"}) { id } }").at("/registerSubject/id").asText();

        JsonNode acquired = data(handler, "mutation { acquireMyNumber(companyId: \"" + company + "\", subjectId: \"" + subject
                + "\", input: {myNumber: \"" + number + "\", channel: PAPER, purposesNotified: [WITHHOLDING_TAX]}) "
                + "{ subjectId myNumberStatus } }");
        assertThat(acquired.at("/acquireMyNumber/myNumberStatus").asText()).isEqualTo("ACQUIRED");

        JsonNode verified = data(handler, "mutation { verifyMyNumber(companyId: \"" + company + "\", subjectId: \"" + subject
                + "\", input: {numberCheck: MY_NUMBER_CARD, identityCheck: MY_NUMBER_CARD}) { myNumberStatus } }");
        assertThat(verified.at("/verifyMyNumber/myNumberStatus").asText()).isEqualTo("VERIFIED");

        assertThat(data(payroll, "mutation { recordEmployment(companyId: \"" + company + "\", subjectId: \"" + subject
                + "\", input: {change: STARTED, effectiveOn: \"2026-04-01\"}) }").at("/recordEmployment").asBoolean()).isTrue();

        JsonNode revealed = data(handler, "mutation { revealMyNumber(companyId: \"" + company + "\", subjectId: \"" + subject
                + "\", input: {purpose: WITHHOLDING_TAX, reason: \"源泉徴収票の作成\"}) { myNumber } }");
        assertThat(revealed.at("/revealMyNumber/myNumber").asText()).isEqualTo(number);

        List<Map<String, Object>> events = jdbc.queryForList("""
                SELECT payloadtype, convert_from(metadata, 'UTF8') AS metadata FROM axon.domainevententry
                WHERE aggregateidentifier = ? ORDER BY sequencenumber""", subject);
        assertThat(events).extracting(e -> e.get("payloadtype").toString().replaceAll(".*\\.", ""))
                .containsExactly("SubjectRegisteredEvent", "MyNumberAcquiredEvent", "MyNumberVerifiedEvent",
                        "EmploymentRecordedEvent", "MyNumberRevealedEvent");
        assertThat(events.get(4).get("metadata").toString()).contains("\"purpose\":\"WITHHOLDING_TAX\"")
                .contains("\"role\":\"HANDLER\"");
        assertThat(output.getAll()).doesNotContain(number).doesNotContain("グラフ 太郎");
    }

    @Test
    void refusalsAndBadInputAnswerWithTheStableCodes() {
        HttpClientForTests.Response blankName = payroll.graphql("mutation { registerSubject(companyId: \"" + company
                + "\", input: {kind: EMPLOYEE, displayName: \" \"}) { id } }");
        assertThat(code(blankName)).isEqualTo("REQUEST_INVALID");

        HttpClientForTests.Response badNumber = handler.graphql("mutation { acquireMyNumber(companyId: \"" + company
                + "\", subjectId: \"" + java.util.UUID.randomUUID() + "\", input: {myNumber: \"12345\", channel: PAPER, "
                + "purposesNotified: [WITHHOLDING_TAX]}) { subjectId } }");
        assertThat(code(badNumber)).isEqualTo("MY_NUMBER_LENGTH");
        assertThat(badNumber.body()).doesNotContain("12345");

        HttpClientForTests.Response payrollReveals = payroll.graphql("mutation { revealMyNumber(companyId: \"" + company
                + "\", subjectId: \"" + java.util.UUID.randomUUID() + "\", input: {purpose: WITHHOLDING_TAX, reason: \"x\"}) "
                + "{ myNumber } }");
        assertThat(code(payrollReveals)).isEqualTo("ACCESS_DENIED");

        HttpClientForTests.Response badDate = payroll.graphql("mutation { openCampaign(companyId: \"" + company
                + "\", input: {name: \"日付\", purposes: [WITHHOLDING_TAX], subjectKinds: [EMPLOYEE], dueOn: \"12/11\"}) { id } }");
        assertThat(code(badDate)).isIn("REQUEST_MALFORMED", "REQUEST_INVALID");

        HttpClientForTests.Response anonymous = new HttpClientForTests(port).graphql(
                "mutation { signPledge(companyId: \"" + company + "\") }");
        assertThat(anonymous.status()).isEqualTo(401);
    }
}
