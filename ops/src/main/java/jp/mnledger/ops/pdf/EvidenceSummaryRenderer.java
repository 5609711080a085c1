package jp.mnledger.ops.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.mnledger.ops.pdf.JapanesePdfWriter.Align;
import jp.mnledger.ops.pdf.JapanesePdfWriter.Column;
import jp.mnledger.ops.pdf.JapanesePdfWriter.Field;
import jp.mnledger.ops.pdf.JapanesePdfWriter.Metadata;

/**
 * Renders an {@link EvidenceSummary} as the Japanese 証跡バンドル概要書 ({@code summary.pdf} in an export): what
 * the bundle holds, which signed head it is anchored to, and how to verify it. Pure and thread-safe like
 * {@link DisposalCertificateRenderer}; plain Java, so the command line renders the same document.
 */
public final class EvidenceSummaryRenderer {

    public static final String TITLE = "証跡バンドル 概要書";

    static final String PURPOSE = "本書は、mnledger から書き出した証跡バンドル（同じ zip ファイル内の manifest.json、"
            + "events.bin ほか）の内容を人が確認するための概要です。証拠そのものはバンドルの各ファイルであり、"
            + "本書は検証の対象ではありません。";

    static final String NO_PERSONAL_DATA = "本書及びバンドルには、個人番号及び氏名を平文では記載していません。"
            + "イベントの個人データ項目は暗号文のまま収録しており、対象者は対象者ID（UUID）で、"
            + "会社は会社IDで特定します。廃棄済みの対象者は、データ鍵の消去により復号できません。";

    static final String WHAT_IS_PROVEN = "検証に成功すると、収録した各イベントが上記の署名済みツリーヘッドの木に、"
            + "記載の位置で、改変なく含まれていること、及び各ツリーヘッドが一つの追記専用の履歴をなすことが示されます。"
            + "会社・対象者・期間を指定したバンドルは、指定に該当する他のイベントが存在しないことまでは示しません"
            + "（それを示すのは全件のバンドル又はデータベースの検証です）。";

    static final String VERIFY_JAVA = "java -jar mnledger-server.jar verify evidence.zip --public-keys public-keys.json";

    static final String VERIFY_PYTHON = "python3 verify_bundle.py DIR（zip を展開したディレクトリ。docs/verify_bundle.py）";

    static final String PIN_KEYS = "公開鍵は、バンドル内の写しではなく、GET /api/v1/ledger/public-keys で別途取得したもの"
            + "（又は以前の監査で保存したもの）を --public-keys で指定してください。以前に取得したツリーヘッドがあれば "
            + "--known-head で指定すると、巻き戻しも検出します。";

    public byte[] render(EvidenceSummary summary) {
        Metadata metadata = new Metadata(TITLE, "エクスポートID " + summary.exportId(), "証跡バンドル " + summary.exportId(),
                summary.createdAt());
        try (JapanesePdfWriter pdf = JapanesePdfWriter.create(metadata)) {
            pdf.title(TITLE)
                    .paragraph("エクスポートID　" + summary.exportId() + "\n作成日時　"
                            + JstFormat.dateTimeLong(summary.createdAt()), JapanesePdfWriter.SMALL_SIZE, Align.RIGHT)
                    .paragraph(PURPOSE)
                    .heading("範囲")
                    .fields(scope(summary))
                    .heading("収録イベントの件数（種別ごと）")
                    .table(List.of(Column.flexible("イベントの種別", 1.4f), Column.flexible("型名", 1.6f), Column.fitted("件数")),
                            rows(summary.eventTypes()))
                    .heading("署名済みツリーヘッド（アンカー）")
                    .fields(List.of(
                            new Field("ツリーサイズ", summary.treeSize() + " 件（台帳の葉の数）"),
                            new Field("ルートハッシュ", summary.rootHash()),
                            new Field("署名日時", JstFormat.dateTimeLong(summary.headSignedAt())),
                            new Field("署名鍵ID", summary.keyId() + "（Ed25519）")))
                    .heading("この書き出しの記録")
                    .paragraph(summary.recorded()
                            ? "この書き出しは、台帳に「証跡の書き出し」イベント（EvidenceExportedEvent、エクスポートID "
                                    + summary.exportId() + "）として、実行者・役割・接続元とともに記録されました。"
                                    + "会社のアクセスログにも表示されます。"
                            : "この書き出しは、データベースを読み取り専用で読むコマンドライン（export）によるもので、"
                                    + "台帳には記録されていません（ADR 0018）。")
                    .heading("検証の方法")
                    .paragraph("1. mnledger のサーバー jar で検証します（終了コード 0 が検証成功）：\n" + VERIFY_JAVA)
                    .paragraph("2. mnledger を使わずに検証することもできます：\n" + VERIFY_PYTHON)
                    .paragraph("3. " + PIN_KEYS)
                    .paragraph(WHAT_IS_PROVEN)
                    .heading("注記")
                    .paragraph(NO_PERSONAL_DATA, JapanesePdfWriter.SMALL_SIZE, Align.LEFT)
                    .paragraph("日時はすべて日本標準時（JST）です。期間は開始を含み、終了を含みません。",
                            JapanesePdfWriter.SMALL_SIZE, Align.LEFT);
            return pdf.toBytes();
        }
    }

    private static List<Field> scope(EvidenceSummary summary) {
        List<Field> fields = new ArrayList<>();
        fields.add(new Field("会社ID", summary.companyId() == null ? "（全社・台帳全体）" : summary.companyId()));
        fields.add(new Field("範囲", summary.companyId() == null ? "台帳の全イベント"
                : summary.subjectId() == null ? "会社の全イベント" : "指定した対象者のイベント"));
        if (summary.subjectId() != null) {
            fields.add(new Field("対象者ID", summary.subjectId()));
        }
        fields.add(new Field("期間", summary.from() == null && summary.to() == null ? "指定なし（全期間）"
                : (summary.from() == null ? "" : JstFormat.dateTimeLong(summary.from())) + " 〜 "
                        + (summary.to() == null ? "" : JstFormat.dateTimeLong(summary.to()) + " より前")));
        fields.add(new Field("件数", summary.eventCount() + " 件"));
        return fields;
    }

    private static List<List<String>> rows(Map<String, Long> eventTypes) {
        List<List<String>> rows = new ArrayList<>();
        eventTypes.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> rows.add(List.of(EventTypeLabels.labelJa(e.getKey()), EventTypeLabels.simpleName(e.getKey()),
                        Long.toString(e.getValue()))));
        if (rows.isEmpty()) {
            rows.add(List.of("（該当するイベントはありません）", "", "0"));
        }
        return rows;
    }
}
