package jp.mnledger.ops.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import jp.mnledger.kernel.number.MyNumber;
import jp.mnledger.ops.HttpClientForTests;
import jp.mnledger.ops.NoMyNumbers;
import jp.mnledger.ops.ServerTestBase;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 6, item 8: the external auditor sees all of the tamper evidence — the history as of a time, the
 * reconstruction, the access log, the registers, the retention schedule, the signed heads and keys, the evidence
 * export and the breach-report drafts — and never a number in clear. One person's whole year is walked first
 * (acquired, verified, revealed with a reason, provided, a draft report naming the handler's account), then every
 * view the auditor has is read and searched for that person's number, the reveal's reason and (but in the staff's
 * masked lists) name, in JSON, in
 * the evidence zip's every entry and in the PDFs' text. What would show a number is refused (403), and recorded.
 */
class AuditorViewTest extends ServerTestBase {

    private static final String NAME = "監査 見本";
    private static final String REASON = "年末調整の再計算のため（監査テスト）";

    @LocalServerPort
    int port;

    @Test
    void theAuditorSeesTheWholeEvidenceAndNeverANumber() throws IOException {
        HttpClientForTests manager = new HttpClientForTests(port).as("demo-manager");
        HttpClientForTests handler = new HttpClientForTests(port).as("demo-handler");
        HttpClientForTests auditor = new HttpClientForTests(port).as("demo-auditor");
        String company = manager.firstCompany();
        String base = "/api/v1/companies/" + company;
        Instant before = Instant.now();

        String number = MyNumber.fromBaseDigits("%011d".formatted(72_000_000_000L + System.nanoTime() % 1_000_000))
                .digits();
        String subject = manager.registerSubject(company, "EMPLOYEE", NAME, "AV" + System.nanoTime() % 100_000, null);
        assertThat(handler.post(base + "/subjects/" + subject + "/my-number", "{\"myNumber\":\"" + number
                + "\",\"channel\":\"PAPER\",\"purposesNotified\":[\"WITHHOLDING_TAX\"]}").status()).isEqualTo(201);
        assertThat(handler.post(base + "/subjects/" + subject + "/my-number/reveal",
                "{\"purpose\":\"WITHHOLDING_TAX\",\"reason\":\"" + REASON + "\"}").status()).isEqualTo(200);
        assertThat(handler.post(base + "/subjects/" + subject + "/my-number/provisions",
                "{\"purpose\":\"WITHHOLDING_TAX\",\"recipient\":\"TAX_OFFICE\",\"method\":\"E_TAX\","
                        + "\"document\":\"源泉徴収票\"}").status()).isBetween(200, 201);
        HttpClientForTests.Response draft = manager.post(base + "/breach-reports", "{\"windowFrom\":\"" + before
                + "\",\"windowTo\":\"" + Instant.now().plusSeconds(1) + "\",\"awareAt\":\"" + Instant.now().plusSeconds(1)
                + "\",\"scope\":{\"accounts\":[\"demo-handler\"]},\"category\":\"LEAK\"}");
        assertThat(draft.status()).as(draft.body()).isEqualTo(201);
        String report = draft.json().get("id").asText();

        Map<String, String> views = new LinkedHashMap<>();
        for (String path : new String[] {
                base + "/subjects", base + "/subjects/" + subject + "/history",
                base + "/subjects/" + subject + "/history?asOf=" + before,
                base + "/subjects/" + subject + "/state", base + "/history", "/api/v1/history",
                base + "/access-log", base + "/handling-register", base + "/handlers", base + "/retention-schedule",
                base + "/disposals", base + "/breach-reports", base + "/breach-reports/" + report,
                "/api/v1/ledger/heads/latest", "/api/v1/ledger/public-keys"}) {
            HttpClientForTests.Response response = auditor.get(path);
            assertThat(response.status()).as("%s: %s", path, response.body()).isEqualTo(200);
            views.put(path, response.body());
        }
        HttpClientForTests.Response graphql = auditor.graphql("{ companyHistory(companyId: \"" + company
                + "\") { subjects { subjectId myNumberStatus steps { action actorName purpose clientAddress } } } }");
        assertThat(graphql.status()).isEqualTo(200);
        assertThat(graphql.body()).doesNotContain("\"errors\"").contains(subject);
        views.put("graphql companyHistory", graphql.body());

        // What the auditor is shown of this person: the steps, who took them and for what — by id, never the name.
        JsonNode state = auditor.get(base + "/subjects/" + subject + "/state").json();
        assertThat(state.get("myNumberStatus").asText()).isEqualTo("ACQUIRED");
        assertThat(state.get("steps").findValuesAsText("action")).contains("ACQUIRED", "REVEALED", "PROVIDED");
        assertThat(views.get(base + "/subjects/" + subject + "/history?asOf=" + before)).isEqualTo("[]");
        assertThat(views.get(base + "/breach-reports/" + report)).contains(subject);

        HttpClientForTests.BinaryResponse zip = auditor.getBytes(base + "/evidence?subjectId=" + subject);
        assertThat(zip.status()).isEqualTo(200);
        try (ZipInputStream entries = new ZipInputStream(new ByteArrayInputStream(zip.body()))) {
            ZipEntry entry;
            while ((entry = entries.getNextEntry()) != null) {
                byte[] bytes = entries.readAllBytes();
                views.put("evidence zip " + entry.getName(), entry.getName().endsWith(".pdf") ? pdfText(bytes)
                        : new String(bytes, StandardCharsets.UTF_8));
            }
        }
        assertThat(views).containsKey("evidence zip summary.pdf");
        HttpClientForTests.BinaryResponse pdf = auditor.getBytes(base + "/breach-reports/" + report + "/pdf");
        assertThat(pdf.status()).isEqualTo(200);
        views.put("breach report pdf", pdfText(pdf.body()));

        views.forEach((view, text) -> {
            assertThat(text).as(view).doesNotContain(number).doesNotContain(REASON);
            if (!java.util.Set.of(base + "/subjects", base + "/retention-schedule", base + "/disposals").contains(view)) {
                // The staff's masked lists name people; the evidence never does (ids and codes only).
                assertThat(text).as(view).doesNotContain(NAME);
            }
            if (!view.startsWith("evidence zip ")) {
                // Bundle files hold hex hashes and ciphertext (base64), where twelve digits in a row occur by chance.
                NoMyNumbers.assertNoMyNumberIn(text);
            }
        });

        // What would show a number, or change the record, is refused to the auditor.
        assertThat(auditor.post(base + "/subjects/" + subject + "/my-number/reveal",
                "{\"purpose\":\"WITHHOLDING_TAX\",\"reason\":\"監査\"}").status()).isEqualTo(403);
        assertThat(auditor.post(base + "/breach-reports", draftBody(before)).status()).isEqualTo(403);
        assertThat(auditor.get(base + "/subjects/" + subject + "/id-documents").status()).isEqualTo(403);
        assertThat(auditor.get(base + "/access-log").body()).contains("\"DENIED\"");
    }

    private static String draftBody(Instant from) {
        return "{\"windowFrom\":\"" + from + "\",\"windowTo\":\"" + Instant.now() + "\",\"awareAt\":\"" + Instant.now()
                + "\",\"scope\":{\"wholeCompany\":true},\"category\":\"LEAK\"}";
    }

    private static String pdfText(byte[] bytes) throws IOException {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
