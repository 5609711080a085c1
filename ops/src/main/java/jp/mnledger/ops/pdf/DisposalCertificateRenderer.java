package jp.mnledger.ops.pdf;

import java.util.ArrayList;
import java.util.List;
import jp.mnledger.ops.pdf.DisposalCertificate.Line;
import jp.mnledger.ops.pdf.JapanesePdfWriter.Align;
import jp.mnledger.ops.pdf.JapanesePdfWriter.Column;
import jp.mnledger.ops.pdf.JapanesePdfWriter.Field;
import jp.mnledger.ops.pdf.JapanesePdfWriter.Metadata;
import org.springframework.stereotype.Component;

/**
 * Renders a {@link DisposalCertificate} as a Japanese PDF (削除・廃棄証明書). Pure: the same certificate
 * gives the same pages, nothing is read but the bundled font, and it can be called without Spring
 * ({@code new DisposalCertificateRenderer().render(certificate)}); the annotation only lets the assembly
 * inject it. Thread-safe: every call makes its own document.
 */
@Component
public class DisposalCertificateRenderer {

    public static final String TITLE = "特定個人情報 削除・廃棄証明書";

    static final String STATEMENT = "当社は、下記の対象者に係る個人番号及びこれと関連する特定個人情報"
            + "（氏名その他の個人情報を含みます。）を、保存期間の満了等により個人番号関係事務に必要がなくなったため、"
            + "行政手続における特定の個人を識別するための番号の利用等に関する法律第20条及び"
            + "「特定個人情報の適正な取扱いに関するガイドライン（事業者編）」に従い、"
            + "復元できない方法により削除したことを証明します。";

    static final String METHOD = "暗号鍵の消去による復元不可能な消去（暗号学的消去。NIST SP 800-88 Rev.1 に定める"
            + " Cryptographic Erase）によりました。本システムは、対象者ごとの個人データを、その対象者専用のデータ鍵"
            + "（AES-256）で暗号化して保管しています。削除に当たり、各対象者のデータ鍵及びその全ての複製を破棄しました。"
            + "これにより、監査ログ（イベントストア）、その写し及びバックアップに残る暗号文を含め、"
            + "当該データを復号する手段はなくなりました。";

    static final String NOTE_NO_NUMBER_NO_NAME = "本証明書には、個人番号及び氏名を記載していません。"
            + "氏名その他の個人情報はデータ鍵とともに復元できなくなったため、対象者は本システムの対象者ID"
            + "（及び事業者が付した社員番号等）によってのみ特定します。";

    static final String NOTE_BASIS = "「保存期間の根拠」欄は、保存期限を定めた書類及び法令の規定です。"
            + "日時はすべて日本標準時（JST）です。";

    /** The PDF bytes of the certificate. */
    public byte[] render(DisposalCertificate certificate) {
        Metadata metadata = new Metadata(TITLE, "証明書番号 " + certificate.certificateNumber(),
                "削除・廃棄証明書 " + certificate.certificateNumber(), certificate.issuedAt());
        try (JapanesePdfWriter pdf = JapanesePdfWriter.create(metadata)) {
            pdf.title(TITLE)
                    .paragraph("証明書番号　" + certificate.certificateNumber() + "\n発行日時　"
                            + JstFormat.dateTimeLong(certificate.issuedAt()), JapanesePdfWriter.SMALL_SIZE, Align.RIGHT)
                    .fields(List.of(
                            new Field("事業者名", certificate.companyName()),
                            new Field("法人番号", certificate.corporateNumber() == null
                                    ? "なし" : certificate.corporateNumber().value())))
                    .space(JapanesePdfWriter.BODY_SIZE)
                    .paragraph(STATEMENT)
                    .heading("削除の方法")
                    .paragraph(METHOD)
                    .heading("削除の概要")
                    .fields(List.of(
                            new Field("削除日時", disposedAt(certificate)),
                            new Field("実施の契機", certificate.trigger().labelJa()),
                            new Field("確認者", certificate.confirmedBy() + "（" + certificate.confirmedByRole() + "）"),
                            new Field("対象者数", certificate.lines().size() + "名")))
                    .heading("対象者一覧")
                    .table(columns(), rows(certificate.lines()))
                    .heading("注記")
                    .paragraph("1. " + NOTE_NO_NUMBER_NO_NAME, JapanesePdfWriter.SMALL_SIZE, Align.LEFT)
                    .paragraph("2. " + NOTE_BASIS, JapanesePdfWriter.SMALL_SIZE, Align.LEFT)
                    .heading("記録")
                    .paragraph("この削除・廃棄は、監査ログ（イベントストア）に記録されています。該当イベント："
                            + certificate.ledgerReference())
                    .paragraph("以上", JapanesePdfWriter.BODY_SIZE, Align.RIGHT);
            return pdf.toBytes();
        }
    }

    private static String disposedAt(DisposalCertificate certificate) {
        String from = JstFormat.dateTimeLong(certificate.disposedFrom());
        String until = JstFormat.dateTimeLong(certificate.disposedUntil());
        return from.equals(until) ? from : from + " 〜 " + until;
    }

    private static List<Column> columns() {
        return List.of(
                Column.fitted("No."),
                Column.fitted("対象者ID"),
                Column.flexible("社員番号等", 1),
                Column.flexible("区分", 1.1f),
                Column.flexible("保存期間の根拠", 2.6f),
                Column.fitted("保存期限"),
                Column.flexible("削除日時", 1.1f));
    }

    private static List<List<String>> rows(List<Line> lines) {
        List<List<String>> rows = new ArrayList<>(lines.size());
        int number = 1;
        for (Line line : lines) {
            rows.add(List.of(
                    Integer.toString(number++),
                    line.subjectId().toString(),
                    line.employeeCode() == null ? "" : line.employeeCode(),
                    line.category(),
                    line.retentionBasis(),
                    line.retainUntil() == null ? "—" : JstFormat.date(line.retainUntil()),
                    JstFormat.dateTimeShort(line.disposedAt())));
        }
        return rows;
    }
}
