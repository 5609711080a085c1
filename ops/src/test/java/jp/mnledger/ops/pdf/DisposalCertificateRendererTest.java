package jp.mnledger.ops.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import jp.mnledger.kernel.number.CorporateNumber;
import jp.mnledger.ops.pdf.DisposalCertificate.Line;
import jp.mnledger.ops.pdf.DisposalCertificate.Trigger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;

class DisposalCertificateRendererTest {

    static final String COMPANY = "株式会社みなと商事";
    /** A valid 法人番号: its check digit computed by the rule CorporateNumber checks. */
    static final CorporateNumber CORPORATE_NUMBER = CorporateNumber.parse(validCorporateNumber("012345678901"));
    static final String BASIS_DEPENDENTS = "扶養控除等申告書 — 所得税法施行規則76条の3";
    static final String BASIS_EMPLOYMENT_INSURANCE = "雇用保険被保険者資格取得届（控え）— 雇用保険法施行規則143条";
    static final Instant DISPOSED_AT = Instant.parse("2026-11-26T09:42:05Z");
    static final Instant ISSUED_AT = Instant.parse("2026-11-26T09:45:00Z");

    private final DisposalCertificateRenderer renderer = new DisposalCertificateRenderer();

    static UUID subject(int i) {
        return UUID.nameUUIDFromBytes(("subject-" + i).getBytes(StandardCharsets.UTF_8));
    }

    static DisposalCertificate certificate(int people) {
        List<Line> lines = new ArrayList<>();
        for (int i = 1; i <= people; i++) {
            boolean dependent = i % 3 == 0;
            lines.add(new Line(subject(i), i % 7 == 0 ? null : String.format("E%05d", i),
                    dependent ? "扶養親族（子）" : "従業員",
                    i % 2 == 0 ? BASIS_EMPLOYMENT_INSURANCE : BASIS_DEPENDENTS,
                    LocalDate.of(2026, 1, 10).plusDays(i % 5), DISPOSED_AT.plusSeconds(i)));
        }
        return new DisposalCertificate("DC-2026-000123", COMPANY, CORPORATE_NUMBER, "demo-manager", "事務取扱責任者",
                Trigger.RETENTION_EXPIRED, lines, "監査ログの該当イベント（廃棄記録）global index 1201〜1320", ISSUED_AT);
    }

    @Test
    void aOneLineCertificateSaysWhatWasDeletedAndHowInJapanese() throws IOException {
        byte[] pdf = renderer.render(certificate(1));
        PdfInspection.save("disposal-certificate-1.pdf", pdf);

        String text = PdfInspection.text(pdf);
        assertThat(text).contains(DisposalCertificateRenderer.TITLE, COMPANY, CORPORATE_NUMBER.value(),
                subject(1).toString(), "E00001", "従業員", "2026/01/11",
                "DC-2026-000123", "demo-manager（事務取扱責任者）", "保存期間満了による定期処理",
                "暗号鍵の消去による復元不可能な消去", "Cryptographic Erase", "個人番号及び氏名を記載していません",
                "global index 1201〜1320", "2026年11月26日 18:42:06 (JST)", "1 / 1", "以上");
        try (PDDocument document = PdfInspection.load(pdf)) {
            assertThat(PdfInspection.columnText(document, 1, "No.", "保存期間の根拠", "保存期限")).contains(BASIS_DEPENDENTS);
            assertThat(PdfInspection.columnText(document, 1, "No.", "削除日時", null)).contains("2026/11/2618:42");
        }
    }

    @Test
    void a120LineCertificateBreaksPagesAndRepeatsTheTableHeader() throws IOException {
        DisposalCertificate certificate = certificate(120);
        byte[] pdf = renderer.render(certificate);
        PdfInspection.save("disposal-certificate-120.pdf", pdf);

        String text = PdfInspection.text(pdf);
        for (int i = 1; i <= 120; i++) {
            assertThat(text).contains(subject(i).toString());
        }
        assertThat(text).contains("120名", "2 / ",
                "2026年11月26日 18:42:06 (JST) 〜 2026年11月26日 18:44:05 (JST)");
        try (PDDocument document = PdfInspection.load(pdf)) {
            int pages = document.getNumberOfPages();
            assertThat(pages).isGreaterThanOrEqualTo(3);
            assertThat(text).contains("1 / " + pages, pages + " / " + pages);
            int dependents = 0;
            int employmentInsurance = 0;
            for (int page = 1; page <= pages; page++) {
                String pageText = PdfInspection.pageText(document, page);
                assertThat(pageText).contains(page + " / " + pages, "削除・廃棄証明書 DC-2026-000123");
                if (pageText.contains("E00")) {
                    assertThat(pageText).as("page %d repeats the table header", page).contains("保存期間の根拠");
                    String basis = PdfInspection.columnText(document, page, "No.", "保存期間の根拠", "保存期限");
                    dependents += occurrences(basis, BASIS_DEPENDENTS);
                    employmentInsurance += occurrences(basis, BASIS_EMPLOYMENT_INSURANCE);
                }
            }
            assertThat(dependents).as("rows citing 所得税法施行規則76条の3").isEqualTo(60);
            assertThat(employmentInsurance).as("rows citing 雇用保険法施行規則143条").isEqualTo(60);
        }
    }

    @Test
    void theFontIsEmbeddedAsAnIpaexGothicSubset() throws IOException {
        for (int people : new int[] {1, 120}) {
            try (PDDocument document = PdfInspection.load(renderer.render(certificate(people)))) {
                List<PDFont> fonts = PdfInspection.fonts(document);
                assertThat(fonts).isNotEmpty();
                for (PDFont font : fonts) {
                    assertThat(font.isEmbedded()).isTrue();
                    assertThat(font.getName()).matches("[A-Z]{6}\\+IPAexGothic");
                    PDType0Font type0 = (PDType0Font) font;
                    int programBytes = type0.getDescendantFont().getFontDescriptor().getFontFile2()
                            .getCOSObject().getInt(COSName.LENGTH1);
                    assertThat(programBytes).as("subset font program bytes").isLessThan(600_000);
                }
            }
        }
    }

    @Test
    void theTextShowsNoTwelveDigitNumber() {
        String text = PdfInspection.text(renderer.render(certificate(120)));
        assertThat(PdfInspection.showsTwelveDigits(text)).isFalse();
        assertThat(PdfInspection.showsTwelveDigits(text + " 123456789018")).as("the check itself").isTrue();
    }

    @Test
    void aMyNumberSmuggledIntoAnyFieldIsRefusedWithoutEchoingIt() {
        DisposalCertificate good = certificate(1);
        Line line = good.lines().get(0);
        DisposalCertificate inCode = new DisposalCertificate(good.certificateNumber(), good.companyName(),
                good.corporateNumber(), good.confirmedBy(), good.confirmedByRole(), good.trigger(),
                List.of(new Line(line.subjectId(), "1234 5678 9018", line.category(), line.retentionBasis(),
                        line.retainUntil(), line.disposedAt())), good.ledgerReference(), good.issuedAt());
        DisposalCertificate inReference = new DisposalCertificate(good.certificateNumber(), good.companyName(),
                good.corporateNumber(), good.confirmedBy(), good.confirmedByRole(), good.trigger(), good.lines(),
                "個人番号１２３４５６７８９０１８の廃棄", good.issuedAt());

        for (DisposalCertificate bad : List.of(inCode, inReference)) {
            assertThatThrownBy(() -> renderer.render(bad)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("個人番号")
                    .hasMessageNotContaining("9018").hasMessageNotContaining("９０１８");
        }
    }

    @Test
    void theMetadataNamesTheCertificateInJapanese() throws IOException {
        try (PDDocument document = PdfInspection.load(renderer.render(certificate(1)))) {
            PDDocumentInformation info = document.getDocumentInformation();
            assertThat(info.getTitle()).isEqualTo(DisposalCertificateRenderer.TITLE);
            assertThat(info.getSubject()).isEqualTo("証明書番号 DC-2026-000123");
            assertThat(info.getProducer()).isEqualTo("mnledger");
            assertThat(info.getCreationDate().toInstant()).isEqualTo(ISSUED_AT);
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("ja-JP");
        }
    }

    @Test
    void aBusinessWithoutCorporateNumberAndAManualDisposalAreSaidSo() {
        DisposalCertificate c = certificate(1);
        String text = PdfInspection.text(renderer.render(new DisposalCertificate(c.certificateNumber(),
                "みなと会計事務所", null, c.confirmedBy(), c.confirmedByRole(), Trigger.MANUAL, c.lines(),
                c.ledgerReference(), c.issuedAt())));
        assertThat(text).containsPattern("法人番号　\\s*なし").containsPattern("実施の契機　\\s*手動")
                .doesNotContain("定期処理");
    }

    @Test
    void sizesStaySmallThanksToSubsettingAndRenderTimesAreReported() {
        for (int warmUp = 0; warmUp < 3; warmUp++) {
            renderer.render(certificate(120));
        }
        byte[] one = null;
        byte[] many = null;
        long oneNanos = Long.MAX_VALUE;
        long manyNanos = Long.MAX_VALUE;
        for (int run = 0; run < 5; run++) {
            long start = System.nanoTime();
            one = renderer.render(certificate(1));
            oneNanos = Math.min(oneNanos, System.nanoTime() - start);
            start = System.nanoTime();
            many = renderer.render(certificate(120));
            manyNanos = Math.min(manyNanos, System.nanoTime() - start);
        }
        System.out.printf("disposal certificate: 1 line %,d bytes in %d ms; 120 lines %,d bytes in %d ms (best of 5)%n",
                one.length, Duration.ofNanos(oneNanos).toMillis(), many.length, Duration.ofNanos(manyNanos).toMillis());
        assertThat(one.length).isLessThan(200 * 1024);
        assertThat(many.length).isLessThan(400 * 1024);
    }

    private static int occurrences(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            count++;
        }
        return count;
    }

    /** Prefixes the check digit of CorporateNumber's rule to twelve base digits. */
    static String validCorporateNumber(String base12) {
        int sum = 0;
        for (int n = 1; n <= 12; n++) {
            int p = base12.charAt(12 - n) - '0';
            sum += p * (n % 2 == 1 ? 1 : 2);
        }
        return (9 - (sum % 9)) + base12;
    }
}
