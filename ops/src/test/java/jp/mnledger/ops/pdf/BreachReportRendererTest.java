package jp.mnledger.ops.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import jp.mnledger.kernel.incident.AffectedSubject;
import jp.mnledger.kernel.incident.BreachAssessment;
import jp.mnledger.kernel.incident.BreachCategory;
import jp.mnledger.kernel.incident.BreachDeadlines;
import jp.mnledger.kernel.incident.BreachFacts;
import jp.mnledger.kernel.incident.BreachNotes;
import jp.mnledger.kernel.incident.BreachReportDraftedEvent;
import jp.mnledger.kernel.incident.BreachReportResponse;
import jp.mnledger.kernel.incident.BreachRules;
import jp.mnledger.kernel.incident.BreachScope;
import jp.mnledger.kernel.purpose.Purpose;
import jp.mnledger.kernel.subject.SubjectKind;
import org.junit.jupiter.api.Test;

class BreachReportRendererTest {

    private static final Instant AWARE = Instant.parse("2026-11-20T01:30:00Z");

    static BreachReportResponse report(int people, BreachNotes notes) {
        List<AffectedSubject> affected = new ArrayList<>();
        for (int i = 0; i < people; i++) {
            affected.add(new AffectedSubject(UUID.nameUUIDFromBytes(("s" + i).getBytes()).toString(),
                    i % 3 == 0 ? SubjectKind.DEPENDENT : SubjectKind.EMPLOYEE, List.of(Purpose.WITHHOLDING_TAX),
                    List.of("REVEALED")));
        }
        BreachFacts facts = new BreachFacts(BreachCategory.LEAK, true, false, false, false);
        BreachRules rules = BreachRules.DEFAULTS;
        BreachReportDraftedEvent event = new BreachReportDraftedEvent(UUID.randomUUID().toString(),
                UUID.randomUUID().toString(), Instant.parse("2026-11-01T00:00:00Z"), Instant.parse("2026-11-19T00:00:00Z"),
                AWARE, new BreachScope(false, List.of(UUID.randomUUID().toString()), null, null), facts, affected, rules,
                BreachAssessment.assess(facts, people, rules), BreachDeadlines.of(AWARE, true, rules), null);
        return BreachReportResponse.of(event, "user-1", AWARE.plusSeconds(600), notes);
    }

    @Test
    void theDraftShowsTheDecisionTheDeadlinesTheNineItemsAndThePeopleByIdOnly() {
        BreachNotes notes = new BreachNotes(null, "委託先の共有設定の誤り", null, "対象者へ書面で通知予定", null, null, null);
        BreachReportResponse report = report(120, notes);
        byte[] pdf = new BreachReportRenderer().render(report, "株式会社みなと商事", AWARE.plusSeconds(900));
        String text = PdfInspection.text(pdf).replace("\n", "");

        assertThat(text).contains(BreachReportRenderer.TITLE, "株式会社みなと商事",
                "報告対象事態に該当する", "2026/11/22", "2027/01/18", "60日以内", "委託先の共有設定の誤り", "対象者へ書面で通知予定");
        for (String heading : BreachReportResponse.HEADINGS) {
            assertThat(text).as(heading).contains(heading);
        }
        assertThat(text).contains(report.affected().subjects().get(119).subjectId().substring(0, 8));
        assertThat(PdfInspection.showsTwelveDigits(PdfInspection.text(pdf))).isFalse();
    }

    @Test
    void aNumberInANoteNeverReachesThePage() {
        BreachReportResponse report = report(1, new BreachNotes(null, "番号 1234-5678-9018 を誤送信", null, null, null,
                null, null));
        assertThatThrownBy(() -> new BreachReportRenderer().render(report, "株式会社みなと商事", AWARE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("1234");
    }
}
