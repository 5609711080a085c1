package jp.mnledger.ops.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import jp.mnledger.command.inbox.IdDocumentInboxSweep;
import jp.mnledger.command.keyvault.PersonalDocumentSealer;
import jp.mnledger.command.keyvault.SealedValueTamperedException;
import jp.mnledger.kernel.seal.PersonalField;
import jp.mnledger.kernel.seal.SealedValue;
import jp.mnledger.ops.HttpClientForTests;
import jp.mnledger.ops.ServerTestBase;
import jp.mnledger.ops.TestImages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The receive-only inbox over real HTTP on the real database: the person uploads and cannot read back,
 * the handler lists and views while the number awaits verification, verification and the time limit
 * purge; bad uploads get problem+json; no image byte reaches a row in clear, an event or a log line.
 */
@ExtendWith(OutputCaptureExtension.class)
class IdDocumentInboxEndToEndTest extends ServerTestBase {

    private static final String MARKER = "inbox-e2e-marker-7Q4Z";
    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    IdDocumentInboxSweep sweep;
    @Autowired
    PersonalDocumentSealer vault;

    private HttpClientForTests employee;
    private HttpClientForTests handler;
    private HttpClientForTests payroll;
    private HttpClientForTests auditor;
    private String company;

    @BeforeEach
    void setUp() {
        employee = new HttpClientForTests(port).as("demo-employee");
        handler = new HttpClientForTests(port).as("demo-handler");
        payroll = new HttpClientForTests(port).as("demo-payroll");
        auditor = new HttpClientForTests(port).as("demo-auditor");
        company = payroll.firstCompany();
    }

    private String subjectPath(String subject) {
        return "/api/v1/companies/" + company + "/subjects/" + subject;
    }

    private HttpClientForTests.Response upload(HttpClientForTests client, String subject, String kind, String contentType,
                                               byte[] image, String... headers) {
        return client.postBytes(subjectPath(subject) + "/id-documents?kind=" + kind, contentType, image, headers);
    }

    /** A new dependent of 山田 太郎 (demo-employee), whose number he may enter and whose ID images he may send. */
    private String newDependentOfTheEmployee(String name) {
        String yamada = jdbc.queryForObject("""
                SELECT g.subject_id FROM command_lookup.role_grant g
                JOIN identity.credential c ON c.user_id = g.user_id AND c.username = 'demo-employee'
                WHERE g.role = 'SELF_SERVICE'""", String.class);
        return payroll.registerSubject(company, "DEPENDENT", name, null, yamada);
    }

    private JsonNode awaitImage(String subject, String imageId, String status) {
        JsonNode[] found = new JsonNode[1];
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonNode list = handler.get(subjectPath(subject) + "/id-documents").json();
            found[0] = null;
            for (JsonNode row : list) {
                if (row.get("imageId").asText().equals(imageId)) {
                    found[0] = row;
                }
            }
            assertThat(found[0]).isNotNull();
            assertThat(found[0].get("status").asText()).isEqualTo(status);
        });
        return found[0];
    }

    @Test
    void theSenderCannotLookBackTheHandlerViewsToVerifyAndVerificationPurges(CapturedOutput output) {
        String dependent = newDependentOfTheEmployee("受信箱 花子");
        byte[] png = TestImages.png(MARKER);

        HttpClientForTests.Response uploaded = upload(employee, dependent, "IDENTITY_CHECK", "image/png", png);
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
        String imageId = uploaded.json().get("imageId").asText();
        assertThat(uploaded.json().size()).as("the id and nothing to read it back by").isEqualTo(1);
        assertThat(uploaded.raw().headers().firstValue("Location")).isEmpty();

        // Receive-only: the sender never sees it again; neither do payroll or the auditor.
        String content = subjectPath(dependent) + "/id-documents/" + imageId + "/content";
        for (HttpClientForTests outsider : List.of(employee, payroll, auditor)) {
            assertThat(outsider.getBytes(content).asText().code()).isEqualTo("ACCESS_DENIED");
            assertThat(outsider.get(subjectPath(dependent) + "/id-documents").code()).isEqualTo("ACCESS_DENIED");
        }
        // Only while a number awaits verification.
        assertThat(handler.getBytes(content).asText().code()).isEqualTo("ID_IMAGE_NOT_VIEWABLE");

        assertThat(handler.acquire(company, dependent, "123456789018").status()).isEqualTo(201);
        JsonNode listed = awaitImage(dependent, imageId, "RECEIVED");
        assertThat(listed.get("kind").asText()).isEqualTo("IDENTITY_CHECK");
        assertThat(listed.get("contentType").asText()).isEqualTo("image/png");
        assertThat(listed.get("sizeBytes").asLong()).isEqualTo(png.length);
        assertThat(listed.get("purgedAt").isNull()).isTrue();

        HttpClientForTests.BinaryResponse viewed = handler.getBytes(content);
        assertThat(viewed.status()).isEqualTo(200);
        assertThat(viewed.body()).isEqualTo(png);
        assertThat(viewed.header("Content-Type")).isEqualTo("image/png");
        assertThat(viewed.header("Cache-Control")).contains("no-store");
        assertThat(viewed.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(viewed.header("Content-Disposition")).isEqualTo("inline");

        assertThat(handler.post(subjectPath(dependent) + "/my-number/verification",
                "{\"numberCheck\":\"MY_NUMBER_CARD\",\"identityCheck\":\"IMAGE_OF_PHOTO_ID\"}").status()).isEqualTo(200);

        HttpClientForTests.Response gone = handler.getBytes(content, "Accept-Language", "en").asText();
        assertThat(gone.status()).isEqualTo(410);
        assertThat(gone.code()).isEqualTo("ID_IMAGE_PURGED");
        assertThat(gone.raw()).isNull();
        assertThat(gone.json().get("detail").asText()).contains("purged");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM inbox.id_document_image WHERE subject_id = ?", Integer.class,
                dependent)).isZero();
        JsonNode purged = awaitImage(dependent, imageId, "PURGED");
        assertThat(purged.get("purgeReason").asText()).isEqualTo("VERIFIED");
        assertThat(purged.get("purgedAt").asText()).isNotBlank();
        assertThat(upload(employee, dependent, "IDENTITY_CHECK", "image/png", png).code())
                .as("nothing left to verify").isEqualTo("ID_IMAGE_NOT_ACCEPTED");

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonNode history = auditor.get(subjectPath(dependent) + "/history").json();
            assertThat(history.findValuesAsText("action")).containsSubsequence("ID_IMAGE_RECEIVED", "ID_IMAGE_VIEWED",
                    "VERIFIED", "ID_IMAGES_PURGED");
            assertThat(step(history, "ID_IMAGE_RECEIVED").get("actorName").asText()).isEqualTo("demo-employee");
            assertThat(step(history, "ID_IMAGE_RECEIVED").get("details").asText()).contains("画像受領", "身元確認書類");
            assertThat(step(history, "ID_IMAGE_VIEWED").get("actorName").asText()).isEqualTo("demo-handler");
            assertThat(step(history, "ID_IMAGE_VIEWED").get("role").asText()).isEqualTo("HANDLER");
            assertThat(step(history, "ID_IMAGE_VIEWED").get("details").asText()).contains("画像閲覧（本人確認のため）");
            assertThat(step(history, "ID_IMAGES_PURGED").get("details").asText()).contains("画像消去（確認完了）", imageId);
            assertThat(step(history, "ID_IMAGES_PURGED").get("clientAddress").asText()).isNotBlank();
            assertThat(history.toString()).doesNotContain(MARKER);
        });
        assertNoMarkerInEventsOrLogs(output);
    }

    @Test
    void theStoredRowIsCiphertextThatOpensOnlyAsItselfUnderTheSubjectsKey() throws Exception {
        String subject = handler.registerSubject(company, "EMPLOYEE", "暗号 一郎", "X901", null);
        byte[] pdf = TestImages.pdf(MARKER);
        String imageId = upload(handler, subject, "NUMBER_CHECK", "application/pdf", pdf).json().get("imageId").asText();

        Map<String, Object> row = jdbc.queryForMap("""
                SELECT scheme, nonce, ciphertext, size_bytes, content_type, kind,
                       position(convert_to(?, 'UTF8') IN ciphertext) AS marker_at,
                       position(convert_to('%PDF', 'UTF8') IN ciphertext) AS magic_at
                FROM inbox.id_document_image WHERE image_id = ?::uuid""", MARKER, imageId);
        assertThat(row.get("marker_at")).isEqualTo(0);
        assertThat(row.get("magic_at")).isEqualTo(0);
        assertThat(row.get("size_bytes")).isEqualTo((long) pdf.length);
        assertThat(row.get("content_type")).isEqualTo("application/pdf");
        byte[] ciphertext = (byte[]) row.get("ciphertext");
        assertThat(ciphertext).hasSize(pdf.length + 16);
        SealedValue sealed = new SealedValue((String) row.get("scheme"), (byte[]) row.get("nonce"), ciphertext);

        assertThat(vault.openDocument(subject, PersonalField.ID_DOCUMENT_IMAGE, imageId, sealed)).hasValue(pdf);
        byte[] flipped = ciphertext.clone();
        flipped[flipped.length / 2] ^= 0x01;
        assertThatThrownBy(() -> vault.openDocument(subject, PersonalField.ID_DOCUMENT_IMAGE, imageId,
                new SealedValue(sealed.scheme(), sealed.nonce(), flipped)))
                .isInstanceOf(SealedValueTamperedException.class).hasMessageNotContaining(MARKER);
        assertThatThrownBy(() -> vault.openDocument(subject, PersonalField.ID_DOCUMENT_IMAGE,
                "00000000-0000-4000-8000-000000000000", sealed)).as("moved to another image id")
                .isInstanceOf(SealedValueTamperedException.class);

        // The event names the image by the hash of its ciphertext, and holds no byte of the image.
        byte[] payload = jdbc.queryForObject("""
                SELECT payload FROM axon.domainevententry
                WHERE aggregateidentifier = ? AND payloadtype LIKE '%IdDocumentImageReceivedEvent'""", byte[].class, subject);
        JsonNode event = JSON.readTree(payload);
        assertThat(event.get("ciphertextSha256").asText())
                .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(ciphertext)));
        assertThat(event.get("sizeBytes").asLong()).isEqualTo(pdf.length);
        assertThat(new String(payload, StandardCharsets.ISO_8859_1)).doesNotContain(MARKER).doesNotContain("%PDF");
    }

    @Test
    void theSweepPurgesImagesOlderThanTheTimeLimitAndKeepsTheRest() {
        String subject = handler.registerSubject(company, "EMPLOYEE", "期限 次郎", "X902", null);
        String old = upload(handler, subject, "IDENTITY_CHECK", "image/jpeg", TestImages.jpeg(MARKER)).json()
                .get("imageId").asText();
        String recent = upload(handler, subject, "NUMBER_CHECK", "image/png", TestImages.png(MARKER)).json()
                .get("imageId").asText();
        // Received eight days ago, longer than the default seven.
        jdbc.update("UPDATE inbox.id_document_image SET received_at = received_at - interval '8 days' WHERE image_id = ?::uuid",
                old);

        assertThat(sweep.sweep()).isEqualTo(1);
        assertThat(sweep.sweep()).as("nothing twice").isZero();

        assertThat(jdbc.queryForList("SELECT image_id::text FROM inbox.id_document_image WHERE subject_id = ?", String.class,
                subject)).containsExactly(recent);
        assertThat(handler.getBytes(subjectPath(subject) + "/id-documents/" + old + "/content").asText().code())
                .isEqualTo("ID_IMAGE_PURGED");
        assertThat(awaitImage(subject, old, "PURGED").get("purgeReason").asText()).isEqualTo("EXPIRED");
        awaitImage(subject, recent, "RECEIVED");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonNode purge = step(auditor.get(subjectPath(subject) + "/history").json(), "ID_IMAGES_PURGED");
            assertThat(purge.get("actor").asText()).isEqualTo("system");
            assertThat(purge.get("role").asText()).isEqualTo("SYSTEM");
            assertThat(purge.get("details").asText()).contains("画像消去（期限切れ）", "reason=EXPIRED", old)
                    .doesNotContain(recent);
        });
    }

    @Test
    void badUploadsGetProblemsWithStableCodesAndTheServerCarriesOn() {
        String subject = handler.registerSubject(company, "EMPLOYEE", "検査 三郎", "X903", null);
        long eventsBefore = jdbc.queryForObject("SELECT count(*) FROM axon.domainevententry WHERE aggregateidentifier = ?",
                Long.class, subject);

        assertProblem(upload(handler, subject, "IDENTITY_CHECK", "image/png", TestImages.jpeg(MARKER)), 415,
                "ID_IMAGE_TYPE_NOT_SUPPORTED");
        assertProblem(upload(handler, subject, "IDENTITY_CHECK", "image/gif", "GIF89a".getBytes(StandardCharsets.US_ASCII)),
                415, "ID_IMAGE_TYPE_NOT_SUPPORTED");
        assertProblem(upload(handler, subject, "IDENTITY_CHECK", "application/json", "{}".getBytes(StandardCharsets.UTF_8)),
                415, "ID_IMAGE_TYPE_NOT_SUPPORTED");
        assertProblem(upload(handler, subject, "IDENTITY_CHECK", "image/jpeg", new byte[0]), 400, "ID_IMAGE_EMPTY");
        assertProblem(upload(handler, subject, "SELFIE", "image/jpeg", TestImages.jpeg(MARKER)), 400, "REQUEST_MALFORMED");
        assertProblem(handler.postBytes(subjectPath(subject) + "/id-documents", "image/jpeg", TestImages.jpeg(MARKER)), 400,
                "REQUEST_INVALID");
        byte[] oversized = new byte[10 * 1024 * 1024 + 1];
        byte[] jpeg = TestImages.jpeg(MARKER);
        System.arraycopy(jpeg, 0, oversized, 0, jpeg.length);
        HttpClientForTests.Response tooLarge = upload(handler, subject, "IDENTITY_CHECK", "image/jpeg", oversized,
                "Accept-Language", "en");
        assertProblem(tooLarge, 413, "ID_IMAGE_TOO_LARGE");
        assertThat(tooLarge.json().get("detail").asText()).contains("too large");
        // A phone photo three times the limit still gets its answer, not a reset connection.
        byte[] photo = java.util.Arrays.copyOf(oversized, 30 * 1024 * 1024);
        assertProblem(upload(handler, subject, "IDENTITY_CHECK", "image/jpeg", photo), 413, "ID_IMAGE_TOO_LARGE");
        assertProblem(handler.get(subjectPath(subject) + "/id-documents/not-an-id/content"), 404, "ID_IMAGE_NOT_FOUND");
        assertProblem(handler.get(subjectPath(subject) + "/id-documents/00000000-0000-4000-8000-000000000000/content"), 404,
                "ID_IMAGE_NOT_FOUND");

        assertThat(jdbc.queryForObject("SELECT count(*) FROM axon.domainevententry WHERE aggregateidentifier = ?",
                Long.class, subject)).as("nothing recorded").isEqualTo(eventsBefore);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM inbox.id_document_image WHERE subject_id = ?", Integer.class,
                subject)).isZero();
        // Still healthy, and a good upload of exactly the limit goes through.
        assertThat(new HttpClientForTests(port).get("/actuator/health").body()).contains("UP");
        byte[] atTheLimit = oversized.clone();
        HttpClientForTests.Response accepted = upload(handler, subject, "IDENTITY_CHECK", "image/jpeg",
                java.util.Arrays.copyOf(atTheLimit, 10 * 1024 * 1024));
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(201);
    }

    private void assertNoMarkerInEventsOrLogs(CapturedOutput output) {
        Integer inEvents = jdbc.queryForObject("""
                SELECT count(*) FROM axon.domainevententry
                WHERE position(convert_to(?, 'UTF8') IN payload) > 0 OR position(convert_to(?, 'UTF8') IN metadata) > 0""",
                Integer.class, MARKER, MARKER);
        assertThat(inEvents).isZero();
        assertThat(output.getAll()).doesNotContain(MARKER);
    }

    private static JsonNode step(JsonNode history, String action) {
        for (JsonNode step : history) {
            if (step.get("action").asText().equals(action)) {
                return step;
            }
        }
        throw new AssertionError("no " + action + " in the history");
    }

    private static void assertProblem(HttpClientForTests.Response response, int status, String code) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.code()).isEqualTo(code);
        assertThat(response.json().get("detail").asText()).isNotBlank();
        assertThat(response.body()).doesNotContain(MARKER);
    }
}
