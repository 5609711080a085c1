package jp.mnledger.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import jp.mnledger.kernel.number.MyNumber;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * 年末調整-style collection progress over real HTTP: each subject's place in the campaign follows its own
 * lifecycle; people who had left are not chased; kinds outside the campaign are not counted.
 */
class CampaignProgressTest extends ServerTestBase {

    @LocalServerPort
    int port;

    private HttpClientForTests payroll;
    private HttpClientForTests handler;
    private String company;

    @BeforeEach
    void setUp() {
        payroll = new HttpClientForTests(port).as("demo-payroll");
        handler = new HttpClientForTests(port).as("demo-handler");
        company = payroll.firstCompany();
    }

    private static String number(long serial) {
        return MyNumber.fromBaseDigits("%011d".formatted(70_000_000_000L + serial)).digits();
    }

    @Test
    void eachTargetedSubjectIsCountedOnceWhereItStands() {
        long serial = System.nanoTime() % 1_000_000_000L;
        String verified = payroll.registerSubject(company, "EMPLOYEE", "回収 一", "K1" + serial % 1000, null);
        assertThat(handler.acquire(company, verified, number(serial)).status()).isEqualTo(201);
        assertThat(handler.post(subject(verified) + "/my-number/verification",
                "{\"numberCheck\":\"MY_NUMBER_CARD\",\"identityCheck\":\"MY_NUMBER_CARD\"}").status()).isEqualTo(200);
        String collected = payroll.registerSubject(company, "CONTRACT", "回収 二", "K2" + serial % 1000, null);
        assertThat(handler.acquire(company, collected, number(serial + 1)).status()).isEqualTo(201);
        String otherPurpose = payroll.registerSubject(company, "EMPLOYEE", "回収 三", "K3" + serial % 1000, null);
        assertThat(handler.post(subject(otherPurpose) + "/my-number", "{\"myNumber\":\"" + number(serial + 2)
                + "\",\"channel\":\"PAPER\",\"purposesNotified\":[\"SOCIAL_INSURANCE\"]}").status()).isEqualTo(201);
        String refused = payroll.registerDependent(company, "回収 花子", verified, "SPOUSE");
        assertThat(handler.post(subject(refused) + "/my-number/refusal",
                "{\"howRequested\":\"書面で依頼\",\"requestedOn\":\"2026-11-02\"}").status()).isEqualTo(201);
        String outstanding = payroll.registerDependent(company, "回収 次郎", verified, "CHILD");
        String left = payroll.registerSubject(company, "EMPLOYEE", "回収 四", "K4" + serial % 1000, null);
        assertThat(payroll.post(subject(left) + "/employment", "{\"change\":\"ENDED\",\"effectiveOn\":\"2020-03-31\"}")
                .status()).isEqualTo(204);
        String payee = payroll.registerSubject(company, "PAYEE", "回収 講師", "K5" + serial % 1000, null);

        HttpClientForTests.Response opened = payroll.post("/api/v1/companies/" + company + "/campaigns",
                "{\"name\":\"年末調整テスト " + UUID.randomUUID() + "\",\"purposes\":[\"WITHHOLDING_TAX\"],"
                        + "\"subjectKinds\":[\"EMPLOYEE\",\"CONTRACT\",\"DEPENDENT\"],\"dueOn\":\"2026-12-11\"}");
        assertThat(opened.status()).isEqualTo(201);
        String campaign = opened.json().get("id").asText();
        assertThat(opened.raw().headers().firstValue("Location")).hasValue("/api/v1/companies/" + company + "/campaigns/" + campaign);

        JsonNode progress = await().atMost(Duration.ofSeconds(10)).ignoreExceptions().until(
                () -> payroll.get("/api/v1/companies/" + company + "/campaigns/" + campaign).json(),
                body -> statuses(body).keySet().containsAll(java.util.List.of(verified, collected, otherPurpose, refused,
                        outstanding)));
        Map<String, String> statuses = statuses(progress);
        assertThat(statuses).containsEntry(verified, "VERIFIED").containsEntry(collected, "COLLECTED")
                .containsEntry(otherPurpose, "PURPOSE_NOT_NOTIFIED").containsEntry(refused, "REFUSED")
                .containsEntry(outstanding, "OUTSTANDING")
                .doesNotContainKey(left).doesNotContainKey(payee);
        assertThat(progress.get("targeted").asInt()).isEqualTo(progress.get("subjects").size())
                .isEqualTo(progress.get("outstanding").asInt() + progress.get("collected").asInt()
                        + progress.get("verified").asInt() + progress.get("refused").asInt()
                        + progress.get("purposeNotNotified").asInt());
        assertThat(progress.toString()).doesNotContain(number(serial)).doesNotContain(number(serial + 1));

        JsonNode list = payroll.get("/api/v1/companies/" + company + "/campaigns").json();
        JsonNode listed = null;
        for (JsonNode entry : list) {
            if (entry.get("id").asText().equals(campaign)) {
                listed = entry;
            }
        }
        assertThat(listed).isNotNull();
        assertThat(listed.get("targeted").asInt()).isEqualTo(progress.get("targeted").asInt());
        assertThat(listed.get("subjects").isNull()).isTrue();

        JsonNode graphql = payroll.graphql("{ campaign(companyId: \"" + company + "\", campaignId: \"" + campaign
                + "\") { name verified refused subjects { subjectId campaignStatus } } }").json();
        assertThat(graphql.at("/data/campaign/verified").asInt()).isEqualTo(progress.get("verified").asInt());
    }

    @Test
    void theDemoHasTheYearEndAdjustmentCampaign() {
        JsonNode list = payroll.get("/api/v1/companies/" + company + "/campaigns").json();
        assertThat(list.findValuesAsText("name")).contains("年末調整 2026");
    }

    @Test
    void badCampaignRequestsAreProblems() {
        HttpClientForTests.Response noKinds = payroll.post("/api/v1/companies/" + company + "/campaigns",
                "{\"name\":\"空\",\"purposes\":[\"WITHHOLDING_TAX\"],\"subjectKinds\":[],\"dueOn\":\"2026-12-11\"}");
        assertThat(noKinds.status()).isEqualTo(400);
        assertThat(noKinds.contentType()).startsWith("application/problem+json");
        HttpClientForTests.Response duplicate = payroll.post("/api/v1/companies/" + company + "/campaigns",
                "{\"name\":\"年末調整 2026\",\"purposes\":[\"WITHHOLDING_TAX\"],\"subjectKinds\":[\"EMPLOYEE\"],\"dueOn\":\"2026-12-11\"}");
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.code()).isEqualTo("CAMPAIGN_NAME_TAKEN");
        HttpClientForTests.Response unknown = payroll.get("/api/v1/companies/" + company + "/campaigns/"
                + UUID.randomUUID());
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.code()).isEqualTo("CAMPAIGN_NOT_FOUND");
    }

    private String subject(String id) {
        return "/api/v1/companies/" + company + "/subjects/" + id;
    }

    private static Map<String, String> statuses(JsonNode progress) {
        Map<String, String> statuses = new HashMap<>();
        progress.get("subjects").forEach(s -> statuses.put(s.get("subjectId").asText(), s.get("campaignStatus").asText()));
        return statuses;
    }
}
