package jp.mnledger.ops.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import jp.mnledger.ops.pdf.JapanesePdfWriter.Column;
import jp.mnledger.ops.pdf.JapanesePdfWriter.Metadata;
import jp.mnledger.ops.pdf.PdfInspection.Glyph;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

class JapanesePdfWriterTest {

    private static final Instant GENERATED_AT = Instant.parse("2026-11-26T09:45:00Z");
    private static final Metadata METADATA = new Metadata("証拠エクスポートの概要", "テスト", "概要 EX-1", GENERATED_AT);
    /** A sentence without a single space, so only character-width wrapping can break it. */
    private static final String SENTENCE = "特定個人情報の保管期間が満了したときは、個人番号関係事務に必要がなくなった時点で"
            + "できるだけ速やかに復元できない手段で削除又は廃棄しなければならず、その記録を保存する。";

    private static byte[] write(java.util.function.Consumer<JapanesePdfWriter> content) {
        try (JapanesePdfWriter pdf = JapanesePdfWriter.create(METADATA)) {
            content.accept(pdf);
            return pdf.toBytes();
        }
    }

    @Test
    void aVeryLongJapaneseParagraphWrapsWithinTheMarginsAndLosesNothing() throws IOException {
        String paragraph = SENTENCE.repeat(60);
        byte[] pdf = write(w -> w.title("折り返しの確認").paragraph(paragraph));
        PdfInspection.save("writer-long-paragraph.pdf", pdf);

        try (PDDocument document = PdfInspection.load(pdf)) {
            float width = JapanesePdfWriter.PAGE_SIZE.getWidth();
            float height = JapanesePdfWriter.PAGE_SIZE.getHeight();
            List<Glyph> glyphs = PdfInspection.glyphs(document);
            assertThat(glyphs).hasSizeGreaterThan(paragraph.length());
            for (Glyph g : glyphs) {
                assertThat(g.left()).as("left of %s", g).isGreaterThanOrEqualTo(JapanesePdfWriter.MARGIN_LEFT - 0.01f);
                assertThat(g.right()).as("right of %s", g)
                        .isLessThanOrEqualTo(width - JapanesePdfWriter.MARGIN_RIGHT + 0.01f);
                assertThat(g.baseline()).as("baseline of %s", g).isGreaterThan(0);
                assertThat(g.top()).as("top of %s", g).isLessThanOrEqualTo(height - JapanesePdfWriter.MARGIN_TOP + 0.01f);
            }
            List<Glyph> body = glyphs.stream().filter(g -> g.baseline() > JapanesePdfWriter.MARGIN_BOTTOM).toList();
            assertThat(body).allSatisfy(g -> assertThat(g.baseline()).isGreaterThan(JapanesePdfWriter.MARGIN_BOTTOM - 5));
            assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(2);
            long lines = body.stream().filter(g -> g.left() < JapanesePdfWriter.MARGIN_LEFT + 1).count();
            float lineWidth = JapanesePdfWriter.PAGE_SIZE.getWidth() - JapanesePdfWriter.MARGIN_LEFT
                    - JapanesePdfWriter.MARGIN_RIGHT;
            float textWidth;
            try (JapanesePdfWriter measure = JapanesePdfWriter.create(METADATA)) {
                textWidth = measure.width(paragraph, JapanesePdfWriter.BODY_SIZE);
            }
            assertThat(lines).as("lines of the paragraph")
                    .isBetween((long) Math.ceil(textWidth / lineWidth), (long) Math.ceil(textWidth / lineWidth * 1.05));
            // Lines should be full: the widest line reaches within one character of the right margin.
            float widest = (float) body.stream().mapToDouble(Glyph::right).max().orElseThrow();
            assertThat(widest).isGreaterThan(width - JapanesePdfWriter.MARGIN_RIGHT - JapanesePdfWriter.BODY_SIZE - 0.5f);

            String text = PdfInspection.text(pdf).replaceAll("概要 EX-1　作成日時 [^)]+\\) \\d+ / \\d+|\\R", "");
            assertThat(text).as("the paragraph, whole and in order").contains(paragraph);
        }
    }

    @Test
    void noLineStartsWithAClosingPunctuationMark() throws IOException {
        byte[] pdf = write(w -> w.paragraph(SENTENCE.repeat(20)));
        for (String line : PdfInspection.text(pdf).split("\\R")) {
            if (!line.isEmpty()) {
                assertThat("、。）」").as("line starting %s", line).doesNotContain(line.substring(0, 1));
            }
        }
    }

    @Test
    void aTableRepeatsItsHeaderOnEveryPageAndSplitsOnlyARowTallerThanAPage() throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 1; i <= 80; i++) {
            rows.add(List.of("行" + i, "値" + i));
        }
        String tall = "長い" + SENTENCE.repeat(40) + "終わり";
        rows.add(List.of("行81", tall));
        byte[] pdf = write(w -> w.table(List.of(Column.fitted("見出しA"), Column.flexible("見出しB", 1)), rows));
        PdfInspection.save("writer-table.pdf", pdf);

        try (PDDocument document = PdfInspection.load(pdf)) {
            int pages = document.getNumberOfPages();
            assertThat(pages).isGreaterThanOrEqualTo(3);
            for (int page = 1; page <= pages; page++) {
                assertThat(PdfInspection.pageText(document, page)).contains("見出しA", "見出しB", page + " / " + pages);
            }
            String all = PdfInspection.text(pdf);
            for (int i = 1; i <= 80; i++) {
                assertThat(all).contains("行" + i + " 値" + i);
            }
            assertThat(all.replaceAll("\\R|行81|見出しA|見出しB|概要 EX-1.*|\\d+ / \\d+", "")).contains(tall);
        }
    }

    @Test
    void theDocumentSaysItIsJapaneseAndCarriesItsTitle() throws IOException {
        try (PDDocument document = PdfInspection.load(write(w -> w.paragraph("本文")))) {
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("ja-JP");
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("証拠エクスポートの概要");
            assertThat(document.getDocumentInformation().getProducer()).isEqualTo("mnledger");
            assertThat(document.getDocumentInformation().getCreationDate().toInstant()).isEqualTo(GENERATED_AT);
            assertThat(document.getDocumentCatalog().getViewerPreferences().displayDocTitle()).isTrue();
        }
    }

    @Test
    void theFooterShowsTheLabelTheTimeInJstAndThePageNumber() {
        String text = PdfInspection.text(write(w -> w.paragraph("本文")));
        assertThat(text).contains("概要 EX-1　作成日時 2026年11月26日 18:45:00 (JST)", "1 / 1");
    }

    @Test
    void aCharacterTheFontLacksPrintsAsAGetaMarkAndControlCharactersAreDropped() {
        String text = PdfInspection.text(write(w -> w.paragraph("𠮷野家\u0007と髙橋\u200B")));
        assertThat(text).contains("〓野家と髙橋");
    }

    @Test
    void textThatLooksLikeAMyNumberIsRefusedAnywhere() {
        assertThatThrownBy(() -> write(w -> w.paragraph("番号 123456789018 です")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("9018");
        assertThatThrownBy(() -> write(w -> w.table(List.of(Column.flexible("A", 1)), List.of(List.of("1234-5678-9018")))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> JapanesePdfWriter.create(new Metadata("題", null, "１２３４５６７８９０１８", GENERATED_AT)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aFinishedDocumentTakesNoMoreContent() {
        try (JapanesePdfWriter pdf = JapanesePdfWriter.create(METADATA)) {
            pdf.paragraph("本文").toBytes();
            assertThatThrownBy(() -> pdf.paragraph("後から")).isInstanceOf(IllegalStateException.class);
            assertThatThrownBy(pdf::toBytes).isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void aRowWithTheWrongNumberOfCellsIsRefused() {
        assertThatThrownBy(() -> write(w -> w.table(List.of(Column.flexible("A", 1)), List.of(List.of("1", "2")))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("row 0");
    }
}
