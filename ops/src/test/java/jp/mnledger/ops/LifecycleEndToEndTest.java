package jp.mnledger.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A stretch of a year on the real database: an employee with two dependents and a payee are registered;
 * the employee enters their own and their dependents' numbers from self-service and sends photos of the ID
 * documents into the receive-only inbox; the handler views them and verifies (the spouse through the
 * employee as proxy), is refused a 個人番号通知書, and the photos are purged; the numbers are used for
 * 年末調整 and provided to 税務署 and 市区町村; payroll's attempt to see one is refused; the employee leaves.
 * The history shows
 * every step with who, purpose, when and where — and no number, and no byte of a photo, appears in any
 * response, event or log line.
 */
@ExtendWith(OutputCaptureExtension.class)
class LifecycleEndToEndTest extends ServerTestBase {

    private static final String EMPLOYEE_NUMBER = "377594580792";
    private static final String SPOUSE_NUMBER = "694111510956";
    private static final String CHILD_NUMBER = "941348269053";
    private static final String PAYEE_NUMBER = "981884718725";
    private static final List<String> NAMES = List.of("中村 健一", "中村 恵子", "中村 翔", "小林 デザイン");
    /** Written into every photo the employee sends: it must never surface outside the inbox. */
    private static final String PHOTO_MARKER = "nakamura-photo-5R8K";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aYearOfHandlingLeavesACompleteHistoryAndNoNumberAnywhere(CapturedOutput output) {
        HttpClientForTests manager = new HttpClientForTests(port).as("demo-manager");
        HttpClientForTests handler = new HttpClientForTests(port).as("demo-handler");
        HttpClientForTests payroll = new HttpClientForTests(port).as("demo-payroll");
        HttpClientForTests auditor = new HttpClientForTests(port).as("demo-auditor");
        HttpClientForTests admin = new HttpClientForTests(port).as("admin", ADMIN_PASSWORD);
        String company = manager.firstCompany();
        String base = "/api/v1/companies/" + company + "/subjects/";

        // Hiring: payroll registers the employee, two dependents and a payee.
        String employee = payroll.registerSubject(company, "EMPLOYEE", NAMES.get(0), "E900", null);
        String spouse = payroll.registerDependent(company, NAMES.get(1), employee, "SPOUSE");
        String child = payroll.registerDependent(company, NAMES.get(2), employee, "CHILD");
        String payee = payroll.registerSubject(company, "PAYEE", NAMES.get(3), "V900", null);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                payroll.get(base + employee + "/dependents").json().findValuesAsText("relationship"))
                .containsExactly("SPOUSE", "CHILD"));

        // The employee gets a self-service account and enters their own and their dependents' numbers.
        JsonNode account = admin.post("/api/v1/users", "{\"username\":\"nakamura\",\"password\":\"%s\",\"enrolTotp\":false}"
                .formatted(ADMIN_PASSWORD)).json();
        String nakamuraId = account.get("userId").asText();
        assertThat(admin.post("/api/v1/users/" + nakamuraId + "/roles",
                "{\"role\":\"SELF_SERVICE\",\"companyId\":\"%s\",\"subjectId\":\"%s\"}".formatted(company, employee))
                .status()).isEqualTo(204);
        String token = new HttpClientForTests(port).post("/api/v1/auth/token",
                "{\"username\":\"nakamura\",\"password\":\"%s\"}".formatted(ADMIN_PASSWORD)).json().get("accessToken").asText();
        assertThat(new HttpClientForTests(port).post("/api/v1/auth/password",
                "{\"currentPassword\":\"%s\",\"newPassword\":\"Hakone-Spring-Garden-77\"}".formatted(ADMIN_PASSWORD),
                "Authorization", "Bearer " + token).status()).isEqualTo(204);
        HttpClientForTests nakamura = new HttpClientForTests(port).as("nakamura", "Hakone-Spring-Garden-77");

        // The 同意書, signed by typing his name; payroll sees who has acknowledged the current rules.
        assertThat(nakamura.post(base + employee + "/acknowledgements", "{\"typedName\":\"" + NAMES.get(0) + "\"}").status())
                .isEqualTo(201);
        assertThat(nakamura.post(base + spouse + "/acknowledgements", "{\"typedName\":\"x\"}").code())
                .as("only his own").isEqualTo("ACCESS_DENIED");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonNode list = payroll.get("/api/v1/companies/" + company + "/subjects").json();
            for (JsonNode row : list) {
                if (row.get("id").asText().equals(employee)) {
                    assertThat(row.get("acknowledgedRulesVersion").asInt()).isEqualTo(1);
                }
                if (row.get("id").asText().equals(spouse)) {
                    assertThat(row.get("acknowledgedRulesVersion").asInt()).isZero();
                }
            }
        });

        String purposes = "[\"WITHHOLDING_TAX\",\"RESIDENT_TAX\",\"SOCIAL_INSURANCE\"]";
        assertThat(acquire(nakamura, base + employee, EMPLOYEE_NUMBER, "SELF_SERVICE", "[\"WITHHOLDING_TAX\",\"RESIDENT_TAX\"]"))
                .isEqualTo(201);
        assertThat(acquire(nakamura, base + spouse, SPOUSE_NUMBER, "PROXY", purposes)).isEqualTo(201);
        assertThat(acquire(nakamura, base + child, CHILD_NUMBER, "EMPLOYEE_FOR_DEPENDENT", purposes)).isEqualTo(201);
        assertThat(acquire(nakamura, base + payee, PAYEE_NUMBER, "SELF_SERVICE", "[\"PAYMENT_REPORT\"]"))
                .as("not his data").isEqualTo(403);
        assertThat(acquire(handler, base + payee, PAYEE_NUMBER, "IN_PERSON", "[\"PAYMENT_REPORT\"]")).isEqualTo(201);

        // From the same phone, photos of the ID documents into the receive-only inbox: his card (both sides) for
        // himself; for his wife a 委任状, her 住民票 and his own card as the proxy's identity.
        byte[] cardBack = TestImages.jpeg(PHOTO_MARKER + "-back");
        byte[] cardFront = TestImages.png(PHOTO_MARKER + "-front");
        String backId = sendPhoto(nakamura, base + employee, "NUMBER_CHECK", "image/jpeg", cardBack);
        String frontId = sendPhoto(nakamura, base + employee, "IDENTITY_CHECK", "image/png", cardFront);
        sendPhoto(nakamura, base + spouse, "PROXY_AUTHORITY", "application/pdf", TestImages.pdf(PHOTO_MARKER + "-ininjo"));
        String residentRecordId = sendPhoto(nakamura, base + spouse, "NUMBER_CHECK", "image/jpeg",
                TestImages.jpeg(PHOTO_MARKER + "-juminhyo"));
        sendPhoto(nakamura, base + spouse, "PROXY_IDENTITY", "image/png", TestImages.png(PHOTO_MARKER + "-proxy"));
        assertThat(nakamura.getBytes(base + employee + "/id-documents/" + frontId + "/content").asText().code())
                .as("sent, and never his to see again").isEqualTo("ACCESS_DENIED");
        assertThat(nakamura.get(base + employee + "/id-documents").code()).isEqualTo("ACCESS_DENIED");
        assertThat(payroll.getBytes(base + employee + "/id-documents/" + frontId + "/content").asText().code())
                .isEqualTo("ACCESS_DENIED");

        // The handler looks at the photos before verifying.
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                handler.get(base + employee + "/id-documents").json().findValuesAsText("imageId")).contains(backId, frontId));
        assertThat(handler.getBytes(base + employee + "/id-documents/" + backId + "/content").body()).isEqualTo(cardBack);
        assertThat(handler.getBytes(base + employee + "/id-documents/" + frontId + "/content").body()).isEqualTo(cardFront);
        assertThat(handler.getBytes(base + spouse + "/id-documents/" + residentRecordId + "/content").status()).isEqualTo(200);

        // 本人確認: card for the employee; the spouse through the employee as proxy; a notice letter refused.
        assertThat(handler.post(base + employee + "/my-number/verification",
                "{\"numberCheck\":\"MY_NUMBER_CARD\",\"identityCheck\":\"MY_NUMBER_CARD\"}").status()).isEqualTo(200);
        assertThat(handler.post(base + spouse + "/my-number/verification",
                "{\"numberCheck\":\"NUMBER_NOTICE_LETTER\",\"identityCheck\":\"DRIVERS_LICENSE\"}").code())
                .isEqualTo("VERIFICATION_DOCUMENT_NOT_ACCEPTED");
        assertThat(handler.post(base + spouse + "/my-number/verification",
                "{\"numberCheck\":\"RESIDENT_RECORD_COPY\",\"identityCheck\":\"IMAGE_OF_PHOTO_ID\","
                        + "\"proxyAuthority\":\"POWER_OF_ATTORNEY\",\"proxyIdentityCheck\":\"MY_NUMBER_CARD\"}").status())
                .isEqualTo(200);
        // Verified: the photos are gone, for the handler too.
        for (String path : List.of(base + employee + "/id-documents/" + frontId, base + spouse + "/id-documents/"
                + residentRecordId)) {
            assertThat(handler.getBytes(path + "/content").asText().code()).isEqualTo("ID_IMAGE_PURGED");
        }
        assertThat(jdbc.queryForObject("SELECT count(*) FROM inbox.id_document_image WHERE subject_id IN (?, ?)",
                Integer.class, employee, spouse)).isZero();

        // 利用 for 年末調整, and a refused use for a purpose never notified.
        Instant beforeUse = Instant.now();
        HttpClientForTests.Response revealed = handler.post(base + employee + "/my-number/reveal",
                "{\"purpose\":\"WITHHOLDING_TAX\",\"reason\":\"年末調整 2026\"}");
        assertThat(revealed.status()).isEqualTo(200);
        assertThat(revealed.json().get("myNumber").asText()).isEqualTo(EMPLOYEE_NUMBER);
        assertThat(revealed.raw().headers().firstValue("Cache-Control")).hasValueSatisfying(v -> assertThat(v).contains("no-store"));
        assertThat(handler.post(base + employee + "/my-number/reveal",
                "{\"purpose\":\"SOCIAL_INSURANCE\",\"reason\":\"本人の同意あり\"}").code()).isEqualTo("PURPOSE_NOT_NOTIFIED");
        assertThat(payroll.post(base + employee + "/my-number/reveal",
                "{\"purpose\":\"WITHHOLDING_TAX\",\"reason\":\"確認\"}").code()).isEqualTo("ACCESS_DENIED");
        assertThat(manager.post(base + employee + "/my-number/reveal",
                "{\"purpose\":\"WITHHOLDING_TAX\",\"reason\":\"確認\"}").code()).as("not even the manager").isEqualTo("ACCESS_DENIED");

        // 提供 to 税務署 and 市区町村.
        assertThat(handler.post(base + employee + "/my-number/provisions", "{\"purpose\":\"WITHHOLDING_TAX\","
                + "\"recipient\":\"TAX_OFFICE\",\"recipientName\":\"麹町税務署\",\"method\":\"E_TAX\","
                + "\"document\":\"給与所得の源泉徴収票 2026\"}").status()).isEqualTo(201);
        assertThat(handler.post(base + employee + "/my-number/provisions", "{\"purpose\":\"RESIDENT_TAX\","
                + "\"recipient\":\"MUNICIPALITY\",\"recipientName\":\"千代田区\",\"method\":\"ELTAX\","
                + "\"document\":\"給与支払報告書 2026\"}").status()).isEqualTo(201);

        // A filing for 年末調整: one event per subject; the payee's number was never notified for it.
        JsonNode filing = handler.post("/api/v1/companies/" + company + "/filings", ("{\"purpose\":\"WITHHOLDING_TAX\","
                + "\"recipient\":\"TAX_OFFICE\",\"method\":\"E_TAX\",\"document\":\"源泉徴収票 2026\","
                + "\"subjectIds\":[\"%s\",\"%s\",\"%s\"]}").formatted(spouse, child, payee)).json();
        assertThat(filing.get("provided").asInt()).isEqualTo(2);
        assertThat(filing.get("results").findValuesAsText("outcome")).containsExactly("PROVIDED", "PROVIDED",
                "PURPOSE_NOT_NOTIFIED");

        // The employee leaves; retention starts from this date (the retention issue computes it).
        assertThat(payroll.post(base + employee + "/employment", "{\"change\":\"STARTED\",\"effectiveOn\":\"2026-01-05\"}")
                .status()).isEqualTo(204);
        assertThat(payroll.post(base + employee + "/employment", "{\"change\":\"ENDED\",\"effectiveOn\":\"2026-12-31\"}")
                .status()).isEqualTo(204);

        // The history: every step, with who, role, purpose, when and where; never a number.
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonNode history = auditor.get(base + employee + "/history").json();
            assertThat(history.findValuesAsText("action")).contains("REGISTERED", "ACQUIRED", "VERIFIED", "REVEALED",
                    "REVEAL_REFUSED", "ACCESS_DENIED", "PROVIDED", "EMPLOYMENT_STARTED", "EMPLOYMENT_ENDED");
            assertThat(history.findValuesAsText("action")).containsSubsequence("ID_IMAGE_RECEIVED", "ID_IMAGE_VIEWED",
                    "VERIFIED", "ID_IMAGES_PURGED");
            assertThat(find(history, "ID_IMAGE_RECEIVED").get("actorName").asText()).isEqualTo("nakamura");
            assertThat(find(history, "ID_IMAGE_VIEWED").get("actorName").asText()).isEqualTo("demo-handler");
            assertThat(find(history, "ID_IMAGES_PURGED").get("details").asText()).contains("確認完了", backId, frontId);
            for (JsonNode step : history) {
                assertThat(step.get("occurredAt").asText()).isNotBlank();
                assertThat(step.get("actor").asText()).isNotBlank();
                assertThat(step.get("clientAddress").asText()).isNotBlank();
            }
            JsonNode reveal = find(history, "REVEALED");
            assertThat(reveal.get("purpose").asText()).isEqualTo("WITHHOLDING_TAX");
            assertThat(reveal.get("role").asText()).isEqualTo("HANDLER");
            assertThat(reveal.get("actorName").asText()).isEqualTo("demo-handler");
            assertThat(find(history, "ACQUIRED").get("actorName").asText()).isEqualTo("nakamura");
        });
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonNode register = auditor.get("/api/v1/companies/" + company + "/handling-register").json();
            assertThat(register.get("responsibleManagers").toString()).contains("demo-manager");
            assertThat(register.get("storageLocation").asText()).contains("暗号化");
            JsonNode residentTax = null;
            for (JsonNode line : register.get("lines")) {
                if (line.get("purpose").asText().equals("RESIDENT_TAX")) {
                    residentTax = line;
                }
            }
            assertThat(residentTax).isNotNull();
            assertThat(residentTax.get("held").asInt()).isGreaterThanOrEqualTo(3);
            assertThat(residentTax.get("handlers").toString()).contains("demo-handler");
            assertThat(register.get("collection").get("verified").asInt()).isGreaterThanOrEqualTo(2);
            NoMyNumbers.assertNoMyNumberIn(register.toString());
        });
        JsonNode asOfBeforeUse = auditor.get(base + employee + "/history?asOf=" + beforeUse).json();
        assertThat(asOfBeforeUse.findValuesAsText("action")).contains("ACQUIRED").doesNotContain("REVEALED", "PROVIDED");
        String everything = auditor.get(base + employee + "/history").body() + auditor.get(base + spouse + "/history").body()
                + payroll.get("/api/v1/companies/" + company + "/subjects").body()
                + manager.get("/api/v1/companies/" + company + "/access-log").body();
        for (String number : List.of(EMPLOYEE_NUMBER, SPOUSE_NUMBER, CHILD_NUMBER, PAYEE_NUMBER, PHOTO_MARKER)) {
            assertThat(everything).doesNotContain(number);
            Integer inEvents = jdbc.queryForObject("""
                    SELECT count(*) FROM axon.domainevententry
                    WHERE position(convert_to(?, 'UTF8') IN payload) > 0 OR position(convert_to(?, 'UTF8') IN metadata) > 0""",
                    Integer.class, number, number);
            assertThat(inEvents).isZero();
        }

        // And no number, name or stated reason in any log line of the whole run.
        String log = output.getAll();
        for (String secret : List.of(EMPLOYEE_NUMBER, SPOUSE_NUMBER, CHILD_NUMBER, PAYEE_NUMBER, "年末調整 2026", "本人の同意あり",
                PHOTO_MARKER)) {
            assertThat(log).doesNotContain(secret);
        }
        NAMES.forEach(name -> assertThat(log).doesNotContain(name));
    }

    private static int acquire(HttpClientForTests client, String subjectPath, String number, String channel, String purposes) {
        return client.post(subjectPath + "/my-number", "{\"myNumber\":\"%s\",\"channel\":\"%s\",\"purposesNotified\":%s}"
                .formatted(number, channel, purposes)).status();
    }

    private static String sendPhoto(HttpClientForTests client, String subjectPath, String kind, String contentType,
                                    byte[] photo) {
        HttpClientForTests.Response sent = client.postBytes(subjectPath + "/id-documents?kind=" + kind, contentType, photo);
        assertThat(sent.status()).as(sent.body()).isEqualTo(201);
        return sent.json().get("imageId").asText();
    }

    private static JsonNode find(JsonNode history, String action) {
        for (JsonNode step : history) {
            if (step.get("action").asText().equals(action)) {
                return step;
            }
        }
        throw new AssertionError("no " + action + " in the history");
    }
}
