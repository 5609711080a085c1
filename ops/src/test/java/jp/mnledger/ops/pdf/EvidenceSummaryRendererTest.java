package jp.mnledger.ops.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class EvidenceSummaryRendererTest {

    static final String ROOT = "a0b52b45c6141c559203648554d4968b28d7d64a4eaee088230eb36d0f9de283";
    static final String COMPANY = "3d5953bc-5ffb-4c44-83fb-10bc76015327";
    static final String SUBJECT = "ce4e3df2-a4d4-45c1-ac46-7880d1d82a66";

    private final EvidenceSummaryRenderer renderer = new EvidenceSummaryRenderer();

    static EvidenceSummary summary(boolean recorded, Map<String, Long> types) {
        return new EvidenceSummary("07111605-7d16-495f-b626-40536b42ad0d", COMPANY, SUBJECT,
                Instant.parse("2026-03-31T15:00:00Z"), Instant.parse("2026-11-26T00:00:00Z"), types,
                types.values().stream().mapToLong(Long::longValue).sum(), 1234, ROOT, Instant.parse("2026-11-26T09:01:00Z"),
                "ed25519-56475aa75463474c", Instant.parse("2026-11-26T09:01:02Z"), recorded);
    }

    @Test
    void theSummarySaysWhatTheBundleHoldsAndHowToVerifyItInJapanese() {
        Map<String, Long> types = new TreeMap<>(Map.of("jp.mnledger.kernel.subject.MyNumberAcquiredEvent", 3L,
                "jp.mnledger.kernel.retention.SubjectDisposedEvent", 2L, "org.example.SomethingNewEvent", 1L));
        byte[] pdf = renderer.render(summary(true, types));
        PdfInspection.save("evidence-summary.pdf", pdf);
        String text = PdfInspection.text(pdf);
        String joined = text.replaceAll("\\s", "");
        assertThat(text).contains(EvidenceSummaryRenderer.TITLE, COMPANY, SUBJECT, ROOT, "ed25519-56475aa75463474c",
                "1234 件", "個人番号の取得", "MyNumberAcquiredEvent", "廃棄（暗号鍵の消去）", "SomethingNewEvent",
                "2026年4月1日 00:00:00 (JST)", "2026年11月26日 18:01:00 (JST)", "指定した対象者のイベント", "6 件");
        assertThat(joined).contains("EvidenceExportedEvent", "verify_bundle.py", "--public-keys",
                EvidenceSummaryRenderer.VERIFY_JAVA.replaceAll("\\s", ""));
        assertThat(PdfInspection.showsTwelveDigits(text.replace(ROOT, "<root>"))).isFalse();
        assertThat(renderer.render(summary(false, Map.of())).length).isPositive();
        assertThat(PdfInspection.text(renderer.render(summary(false, Map.of()))).replaceAll("\\s", ""))
                .contains("台帳には記録されていません", "該当するイベントはありません");
    }

    @Test
    void aNumberSmuggledIntoAnIdIsRefusedNotPrinted() {
        EvidenceSummary smuggled = new EvidenceSummary("1234 5678 9018", COMPANY, null, null, null, Map.of(), 0, 1, ROOT,
                Instant.parse("2026-11-26T09:01:00Z"), "ed25519-56475aa75463474c", Instant.parse("2026-11-26T09:01:02Z"), true);
        assertThatThrownBy(() -> renderer.render(smuggled)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("1234");
    }

    @Test
    void everyEventTheKernelDefinesHasAJapaneseLabel() {
        for (JavaClass event : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("jp.mnledger.kernel")) {
            if (event.getSimpleName().endsWith("Event") && !event.isInterface()) {
                assertThat(EventTypeLabels.labelJa(event.getName())).as(event.getName()).isNotEqualTo(event.getSimpleName());
            }
        }
        assertThat(EventTypeLabels.labelJa("jp.mnledger.kernel.ledger.EvidenceExportedEvent")).isEqualTo("証跡の書き出し");
    }
}
