package jp.mnledger.ops.pdf;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import jp.mnledger.kernel.incident.AffectedSubject;
import jp.mnledger.kernel.incident.BreachAssessment;
import jp.mnledger.kernel.incident.BreachDeadlines;
import jp.mnledger.kernel.incident.BreachReportResponse;
import jp.mnledger.kernel.purpose.Purpose;
import jp.mnledger.ops.pdf.JapanesePdfWriter.Align;
import jp.mnledger.ops.pdf.JapanesePdfWriter.Column;
import jp.mnledger.ops.pdf.JapanesePdfWriter.Field;
import jp.mnledger.ops.pdf.JapanesePdfWriter.Metadata;
import org.springframework.stereotype.Component;

/**
 * A 漏えい等報告 draft as a Japanese PDF, for the people who fill in the PPC's form: the decision and deadlines, the
 * nine items under the law's headings (what the ledger gave, what a person entered), the people by id. Pure and
 * thread-safe like {@link DisposalCertificateRenderer}; the writer refuses any text that could be a 個人番号.
 */
@Component
public class BreachReportRenderer {

    public static final String TITLE = "特定個人情報の漏えい等報告（下書き）";

    static final String NOTE = "本書は報告書の下書きです。個人情報保護委員会への報告は、委員会の定める様式により行ってください。"
            + "本書には個人番号及び氏名を記載していません。対象者は本システムの対象者IDによってのみ特定します。"
            + "日時はすべて日本標準時（JST）です。";

    /** The PDF bytes of the draft. */
    public byte[] render(BreachReportResponse report, String companyName, Instant generatedAt) {
        Metadata metadata = new Metadata(TITLE, "下書きID " + report.id(), "漏えい等報告（下書き） " + report.id(),
                generatedAt);
        BreachAssessment assessment = report.assessment();
        BreachDeadlines deadlines = report.deadlines();
        try (JapanesePdfWriter pdf = JapanesePdfWriter.create(metadata)) {
            pdf.title(TITLE)
                    .paragraph("下書きID　" + report.id() + "\n作成日時　" + JstFormat.dateTimeLong(report.draftedAt()),
                            JapanesePdfWriter.SMALL_SIZE, Align.RIGHT)
                    .fields(List.of(
                            new Field("事業者名", companyName),
                            new Field("事態", report.categoryJa() + "（発生したおそれを含む）"),
                            new Field("認知日時", JstFormat.dateTimeLong(report.awareAt())),
                            new Field("対象期間", JstFormat.dateTimeLong(report.windowFrom()) + " 〜 "
                                    + JstFormat.dateTimeLong(report.windowTo())),
                            new Field("報告の要否", assessment.reportable() ? "報告対象事態に該当する" : "報告対象事態に該当しない")))
                    .heading("報告対象事態の判断（規則第2条）")
                    .table(List.of(Column.fitted("号"), Column.flexible("事態", 2.2f), Column.fitted("該当"),
                            Column.flexible("判断の根拠", 2f)), findings(assessment))
                    .paragraph(assessment.conclusionJa())
                    .heading("期限")
                    .fields(List.of(
                            new Field("速報", JstFormat.date(deadlines.preliminaryTarget()) + "　" + deadlines.preliminaryLabelJa()),
                            new Field("確報", JstFormat.date(deadlines.finalDue()) + "　（" + deadlines.finalDays() + "日以内）"),
                            new Field("数え方", deadlines.countingJa()),
                            new Field("本人への通知", report.notifyIndividualsJa())));
            for (BreachReportResponse.ReportItem item : report.items()) {
                pdf.heading(item.number() + ". " + item.heading());
                if (item.computed() != null) {
                    pdf.paragraph("【台帳から算出】" + item.computed());
                }
                pdf.paragraph("【記入】" + item.entered());
            }
            pdf.heading("対象者一覧（" + report.affected().persons() + "人）");
            if (!report.affected().subjects().isEmpty()) {
                pdf.table(List.of(Column.fitted("No."), Column.fitted("対象者ID"), Column.flexible("区分", 1),
                        Column.flexible("利用目的", 2), Column.flexible("取扱い", 1)), subjects(report.affected().subjects()));
            }
            return pdf.heading("注記")
                    .paragraph(NOTE, JapanesePdfWriter.SMALL_SIZE, Align.LEFT)
                    .paragraph("この下書きは、監査ログ（イベントストア）に BreachReportDraftedEvent として記録されています。")
                    .paragraph("以上", JapanesePdfWriter.BODY_SIZE, Align.RIGHT)
                    .toBytes();
        }
    }

    private static List<List<String>> findings(BreachAssessment assessment) {
        return assessment.findings().stream().map(f -> List.of("第" + f.number() + "号", f.labelJa(),
                f.applies() ? "該当" : "—", f.reasonJa())).toList();
    }

    private static List<List<String>> subjects(List<AffectedSubject> subjects) {
        List<List<String>> rows = new ArrayList<>(subjects.size());
        int number = 1;
        for (AffectedSubject subject : subjects) {
            rows.add(List.of(Integer.toString(number++), subject.subjectId(), subject.kind().labelJa(),
                    subject.purposes().stream().map(Purpose::labelJa).collect(Collectors.joining("、")),
                    String.join("、", subject.accessedAs())));
        }
        return rows;
    }
}
