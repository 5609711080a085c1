package jp.mnledger.ops.pdf;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/**
 * A small layout helper for Japanese documents: A4 portrait pages filled top to bottom with a title,
 * headings, wrapped paragraphs, label/value fields and tables, then a footer on every page with the
 * document's label, its generation time in JST and "page / pages". Text is set in IPAex Gothic, embedded
 * as a subset (only the glyphs used), so a one-page document stays small and displays the same on any
 * viewer. The document says it is Japanese ({@code /Lang ja-JP}), and carries its title, producer and
 * creation date.
 *
 * <p>One writer makes one document and is not thread-safe; make a new one per document. Text is checked
 * before it is drawn: anything that looks like a 個人番号 is refused ({@link IllegalArgumentException}),
 * control characters are dropped, and characters the font lacks print as 〓 (the customary geta mark)
 * rather than failing the whole document.
 *
 * <pre>{@code
 * try (JapanesePdfWriter pdf = JapanesePdfWriter.create(new Metadata("題名", "件名", "フッター", now))) {
 *     pdf.title("題名").paragraph("本文…").table(columns, rows);
 *     byte[] bytes = pdf.toBytes();
 * }
 * }</pre>
 */
public final class JapanesePdfWriter implements Closeable {

    /** The PDF producer and creator recorded in every document. */
    public static final String PRODUCER = "mnledger";
    /** The document language ({@code /Lang} in the catalog). */
    public static final String LANGUAGE = "ja-JP";
    /** The bundled font; its licence is {@code /fonts/IPA_Font_License.txt}. */
    static final String FONT_RESOURCE = "/fonts/ipaexg.ttf";
    /** Printed instead of a character the font has no glyph for. */
    static final int MISSING_GLYPH = '〓';

    static final PDRectangle PAGE_SIZE = PDRectangle.A4;
    static final float MARGIN_LEFT = 42.5f;
    static final float MARGIN_RIGHT = 42.5f;
    static final float MARGIN_TOP = 51f;
    static final float MARGIN_BOTTOM = 56.7f;
    private static final float FOOTER_BASELINE = 28f;

    public static final float TITLE_SIZE = 17f;
    public static final float HEADING_SIZE = 12f;
    public static final float BODY_SIZE = 10f;
    public static final float SMALL_SIZE = 8.5f;
    public static final float TABLE_SIZE = 7.5f;
    private static final float FOOTER_SIZE = 7.5f;
    private static final float BODY_LINE_SPACING = 1.55f;
    private static final float TABLE_LINE_SPACING = 1.3f;
    private static final float CELL_PADDING = 3f;
    private static final float FIELD_PADDING = 1.5f;
    /** IPAex Gothic: ascent 0.88 em, descent 0.12 em; the middle of a glyph box sits 0.38 em above its baseline. */
    private static final float GLYPH_MIDDLE = 0.38f;

    /** Horizontal placement of a paragraph's lines. */
    public enum Align { LEFT, CENTER, RIGHT }

    /**
     * What the document is.
     *
     * @param title       the document title (metadata; shown by viewers in the window title)
     * @param subject     the metadata subject, may be null
     * @param footerLabel printed at the left of every footer, e.g. the certificate number; may be null
     * @param generatedAt when the document was made: printed in the footer (JST) and recorded as its
     *                    creation date. Passed in, so a caller with a fixed clock gets a fixed document
     */
    public record Metadata(String title, String subject, String footerLabel, Instant generatedAt) {
        public Metadata {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(generatedAt, "generatedAt");
        }
    }

    /**
     * A table column: its header and either a share of the width the fitted columns leave
     * ({@link #flexible}) or exactly the width of its widest cell or header ({@link #fitted}), so that its
     * values (ids, dates) never wrap. Fitted columns wider than the page together are refused.
     */
    public record Column(String header, float weight, boolean fitted) {
        public Column {
            Objects.requireNonNull(header, "header");
            if (!fitted && !(weight > 0)) {
                throw new IllegalArgumentException("a flexible column needs a positive weight");
            }
        }

        public static Column flexible(String header, float weight) {
            return new Column(header, weight, false);
        }

        public static Column fitted(String header) {
            return new Column(header, 0, true);
        }
    }

    /** One label/value line of {@link #fields}. */
    public record Field(String label, String value) {
        public Field {
            Objects.requireNonNull(label, "label");
        }
    }

    private final PDDocument document;
    private final PDType0Font font;
    private final Metadata metadata;
    private final String footerLabel;
    private final Map<Integer, Float> unitWidths = new HashMap<>();
    private final Map<Integer, Boolean> glyphs = new HashMap<>();
    private PDPageContentStream content;
    private float y;
    private boolean finished;

    private JapanesePdfWriter(PDDocument document, PDType0Font font, Metadata metadata) {
        this.document = document;
        this.font = font;
        this.metadata = metadata;
        this.footerLabel = metadata.footerLabel() == null ? "" : clean(metadata.footerLabel(), "the footer label");
        clean(metadata.title(), "the title metadata");
        if (metadata.subject() != null) {
            clean(metadata.subject(), "the subject metadata");
        }
    }

    /** A new document with its first page; the font is read from the classpath, never from the network. */
    public static JapanesePdfWriter create(Metadata metadata) {
        Objects.requireNonNull(metadata, "metadata");
        PDDocument document = new PDDocument();
        try (InputStream in = JapanesePdfWriter.class.getResourceAsStream(FONT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the bundled font " + FONT_RESOURCE + " is missing from the classpath");
            }
            PDType0Font font = PDType0Font.load(document, in, true);
            JapanesePdfWriter writer = new JapanesePdfWriter(document, font, metadata);
            writer.newPage();
            return writer;
        } catch (IOException | RuntimeException e) {
            closeQuietly(document, e);
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        }
    }

    /** The document title, large and centred. */
    public JapanesePdfWriter title(String text) {
        requireOpen();
        block(clean(text, "the title"), TITLE_SIZE, Align.CENTER, 1.4f);
        y -= TITLE_SIZE * 0.6f;
        return this;
    }

    /** A section heading; never left alone at the foot of a page. */
    public JapanesePdfWriter heading(String text) {
        requireOpen();
        String clean = clean(text, "a heading");
        y -= HEADING_SIZE * 0.4f;
        ensureSpace(HEADING_SIZE * BODY_LINE_SPACING + 3 * BODY_SIZE * BODY_LINE_SPACING);
        block(clean, HEADING_SIZE, Align.LEFT, BODY_LINE_SPACING);
        y -= HEADING_SIZE * 0.2f;
        return this;
    }

    /** A body paragraph, wrapped to the margins; a newline in the text starts a new line. */
    public JapanesePdfWriter paragraph(String text) {
        return paragraph(text, BODY_SIZE, Align.LEFT);
    }

    public JapanesePdfWriter paragraph(String text, float fontSize, Align align) {
        requireOpen();
        if (!(fontSize > 0)) {
            throw new IllegalArgumentException("fontSize must be positive");
        }
        block(clean(text, "a paragraph"), fontSize, Objects.requireNonNull(align, "align"), BODY_LINE_SPACING);
        y -= fontSize * 0.5f;
        return this;
    }

    /** Label/value lines: labels in a column as wide as the widest label, values wrapped beside them. */
    public JapanesePdfWriter fields(List<Field> fields) {
        requireOpen();
        List<List<String>> rows = new ArrayList<>();
        for (Field field : fields) {
            String label = clean(field.label(), "a field label");
            rows.add(List.of(label + "　", clean(field.value() == null ? "" : field.value(), "a field value")));
        }
        List<Column> columns = List.of(Column.fitted(""), Column.flexible("", 1));
        layoutTable(columns, null, rows, BODY_SIZE, FIELD_PADDING, false);
        y -= BODY_SIZE * 0.5f;
        return this;
    }

    /**
     * A table with a shaded header row, repeated at the top of every page the table continues on. Cells
     * wrap; a row moves whole to the next page when it fits there, and only a row taller than a page is
     * split across pages. Every row must have one cell per column (null prints as empty).
     */
    public JapanesePdfWriter table(List<Column> columns, List<List<String>> rows) {
        requireOpen();
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("a table needs columns");
        }
        List<String> header = new ArrayList<>();
        for (Column column : columns) {
            header.add(clean(column.header(), "a column header"));
        }
        List<List<String>> cleanRows = new ArrayList<>(rows.size());
        for (int r = 0; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("row " + r + " has " + row.size() + " cells for " + columns.size()
                        + " columns");
            }
            List<String> cells = new ArrayList<>(row.size());
            for (String cell : row) {
                cells.add(cell == null ? "" : clean(cell, "a table cell"));
            }
            cleanRows.add(cells);
        }
        layoutTable(columns, header, cleanRows, TABLE_SIZE, CELL_PADDING, true);
        y -= BODY_SIZE * 0.8f;
        return this;
    }

    /** Vertical space, in points. */
    public JapanesePdfWriter space(float points) {
        requireOpen();
        y -= points;
        return this;
    }

    /** The pages so far. */
    public int pageCount() {
        return document.getNumberOfPages();
    }

    /** Finishes the document (footers on every page, metadata) and returns its bytes. Call once. */
    public byte[] toBytes() {
        requireOpen();
        finished = true;
        return io(() -> {
            content.close();
            drawFooters();
            describe();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        });
    }

    @Override
    public void close() {
        io(() -> {
            document.close();
            return null;
        });
    }

    private void requireOpen() {
        if (finished) {
            throw new IllegalStateException("the document was already finished");
        }
    }

    // ---- layout ---------------------------------------------------------------------------------------

    private static float contentWidth() {
        return PAGE_SIZE.getWidth() - MARGIN_LEFT - MARGIN_RIGHT;
    }

    private void block(String text, float size, Align align, float lineSpacing) {
        float leading = size * lineSpacing;
        io(() -> {
            for (String line : wrap(text, size, contentWidth())) {
                ensureSpace(leading);
                float x = switch (align) {
                    case LEFT -> MARGIN_LEFT;
                    case CENTER -> MARGIN_LEFT + (contentWidth() - width(line, size)) / 2;
                    case RIGHT -> MARGIN_LEFT + contentWidth() - width(line, size);
                };
                drawText(line, x, baseline(y, leading, size), size);
                y -= leading;
            }
            return null;
        });
    }

    private void layoutTable(List<Column> columns, List<String> header, List<List<String>> rows, float size,
                             float padding, boolean ruled) {
        float[] widths = columnWidths(columns, header, rows, size, padding);
        float leading = size * TABLE_LINE_SPACING;
        List<List<String>> headerLines = header == null ? null : wrapCells(header, widths, size, padding);
        float headerHeight = header == null ? 0 : rowHeight(headerLines, leading, padding);
        float pageSpace = PAGE_SIZE.getHeight() - MARGIN_TOP - MARGIN_BOTTOM - headerHeight;
        io(() -> {
            boolean headerOnPage = false;
            if (rows.isEmpty() && headerLines != null) {
                ensureSpace(headerHeight);
                drawRow(headerLines, 0, maxLines(headerLines), widths, size, leading, padding, ruled, true);
            }
            for (List<String> row : rows) {
                List<List<String>> cells = wrapCells(row, widths, size, padding);
                int lines = maxLines(cells);
                float height = 2 * padding + lines * leading;
                float needed = height + (headerOnPage ? 0 : headerHeight);
                if (needed > y - MARGIN_BOTTOM && height <= pageSpace) {
                    newPage();
                    headerOnPage = false;
                }
                int from = 0;
                while (from < lines) {
                    if (!headerOnPage && headerLines != null) {
                        if (headerHeight + 2 * padding + leading > y - MARGIN_BOTTOM) {
                            newPage();
                        }
                        drawRow(headerLines, 0, maxLines(headerLines), widths, size, leading, padding, ruled, true);
                    }
                    headerOnPage = true;
                    int fit = (int) ((y - MARGIN_BOTTOM - 2 * padding) / leading);
                    if (fit < 1) {
                        newPage();
                        headerOnPage = false;
                        continue;
                    }
                    int count = Math.min(fit, lines - from);
                    drawRow(cells, from, count, widths, size, leading, padding, ruled, false);
                    from += count;
                    if (from < lines) {
                        newPage();
                        headerOnPage = false;
                    }
                }
            }
            return null;
        });
    }

    private float[] columnWidths(List<Column> columns, List<String> header, List<List<String>> rows, float size,
                                 float padding) {
        float[] widths = new float[columns.size()];
        float fixed = 0;
        float weights = 0;
        for (int c = 0; c < columns.size(); c++) {
            Column column = columns.get(c);
            if (column.fitted()) {
                float widest = header == null ? 0 : widestLine(header.get(c), size);
                for (List<String> row : rows) {
                    widest = Math.max(widest, widestLine(row.get(c), size));
                }
                widths[c] = widest + 2 * padding + 0.01f;
                fixed += widths[c];
            } else {
                weights += column.weight();
            }
        }
        float free = contentWidth() - fixed;
        if (free < 0 || (weights > 0 && free < 2 * (2 * padding + size))) {
            throw new IllegalArgumentException("the fitted columns are wider than the page");
        }
        for (int c = 0; c < columns.size(); c++) {
            if (!columns.get(c).fitted()) {
                widths[c] = free * columns.get(c).weight() / weights;
            }
        }
        return widths;
    }

    private float widestLine(String text, float size) {
        float widest = 0;
        for (String line : text.split("\n", -1)) {
            widest = Math.max(widest, width(line, size));
        }
        return widest;
    }

    private List<List<String>> wrapCells(List<String> cells, float[] widths, float size, float padding) {
        List<List<String>> wrapped = new ArrayList<>(cells.size());
        for (int c = 0; c < cells.size(); c++) {
            wrapped.add(wrap(cells.get(c), size, widths[c] - 2 * padding));
        }
        return wrapped;
    }

    private static int maxLines(List<List<String>> cells) {
        int lines = 1;
        for (List<String> cell : cells) {
            lines = Math.max(lines, cell.size());
        }
        return lines;
    }

    private static float rowHeight(List<List<String>> cells, float leading, float padding) {
        return 2 * padding + maxLines(cells) * leading;
    }

    private void drawRow(List<List<String>> cells, int from, int count, float[] widths, float size, float leading,
                         float padding, boolean ruled, boolean shaded) throws IOException {
        float height = 2 * padding + count * leading;
        float x = MARGIN_LEFT;
        for (int c = 0; c < cells.size(); c++) {
            if (shaded) {
                content.setNonStrokingColor(0.88f);
                content.addRect(x, y - height, widths[c], height);
                content.fill();
                content.setNonStrokingColor(0f);
            }
            if (ruled) {
                content.setLineWidth(0.5f);
                content.setStrokingColor(0.35f);
                content.addRect(x, y - height, widths[c], height);
                content.stroke();
            }
            List<String> lines = cells.get(c);
            for (int l = from; l < Math.min(from + count, lines.size()); l++) {
                float top = y - padding - (l - from) * leading;
                drawText(lines.get(l), x + padding, baseline(top, leading, size), size);
            }
            x += widths[c];
        }
        y -= height;
    }

    private void drawFooters() throws IOException {
        int pages = document.getNumberOfPages();
        String generated = "作成日時 " + JstFormat.dateTimeLong(metadata.generatedAt());
        String left = footerLabel.isEmpty() ? generated : footerLabel + "　" + generated;
        for (int p = 0; p < pages; p++) {
            PDPage page = document.getPage(p);
            try (PDPageContentStream footer = new PDPageContentStream(document, page, AppendMode.APPEND, true, true)) {
                footer.setLineWidth(0.4f);
                footer.setStrokingColor(0.5f);
                footer.moveTo(MARGIN_LEFT, FOOTER_BASELINE + FOOTER_SIZE * 1.6f);
                footer.lineTo(PAGE_SIZE.getWidth() - MARGIN_RIGHT, FOOTER_BASELINE + FOOTER_SIZE * 1.6f);
                footer.stroke();
                String number = (p + 1) + " / " + pages;
                float numberWidth = width(number, FOOTER_SIZE);
                List<String> leftLines = wrap(left, FOOTER_SIZE, contentWidth() - numberWidth - 2 * FOOTER_SIZE);
                drawText(footer, leftLines.get(0), MARGIN_LEFT, FOOTER_BASELINE, FOOTER_SIZE);
                drawText(footer, number, PAGE_SIZE.getWidth() - MARGIN_RIGHT - numberWidth, FOOTER_BASELINE, FOOTER_SIZE);
            }
        }
    }

    private void describe() {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(metadata.title());
        if (metadata.subject() != null) {
            info.setSubject(metadata.subject());
        }
        info.setProducer(PRODUCER);
        info.setCreator(PRODUCER);
        GregorianCalendar created = GregorianCalendar.from(metadata.generatedAt().atZone(JstFormat.JST));
        info.setCreationDate(created);
        info.setModificationDate(created);
        PDDocumentCatalog catalog = document.getDocumentCatalog();
        catalog.setLanguage(LANGUAGE);
        PDViewerPreferences preferences = new PDViewerPreferences(new COSDictionary());
        preferences.setDisplayDocTitle(true);
        catalog.setViewerPreferences(preferences);
    }

    private void newPage() throws IOException {
        if (content != null) {
            content.close();
        }
        PDPage page = new PDPage(PAGE_SIZE);
        document.addPage(page);
        content = new PDPageContentStream(document, page);
        y = PAGE_SIZE.getHeight() - MARGIN_TOP;
    }

    private void ensureSpace(float height) {
        if (y - height < MARGIN_BOTTOM) {
            io(() -> {
                newPage();
                return null;
            });
        }
    }

    private static float baseline(float top, float leading, float size) {
        return top - leading / 2 - GLYPH_MIDDLE * size;
    }

    private void drawText(String line, float x, float baseline, float size) throws IOException {
        drawText(content, line, x, baseline, size);
    }

    private void drawText(PDPageContentStream stream, String line, float x, float baseline, float size)
            throws IOException {
        if (line.isEmpty()) {
            return;
        }
        stream.beginText();
        stream.setFont(font, size);
        stream.newLineAtOffset(x, baseline);
        stream.showText(line);
        stream.endText();
    }

    // ---- text -----------------------------------------------------------------------------------------

    private List<String> wrap(String text, float size, float maxWidth) {
        return LineBreaker.wrap(text, maxWidth, cp -> unitWidth(cp) * size / 1000f);
    }

    float width(String text, float size) {
        float units = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            units += unitWidth(cp);
            i += Character.charCount(cp);
        }
        return units * size / 1000f;
    }

    private float unitWidth(int codePoint) {
        return unitWidths.computeIfAbsent(codePoint, cp -> io(() -> font.getStringWidth(new String(Character.toChars(cp)))));
    }

    /**
     * Refuses My-Number-like text, then keeps newlines, turns tabs into spaces, drops other control and
     * format characters and variation selectors, and replaces characters the font lacks with 〓.
     */
    private String clean(String text, String where) {
        Objects.requireNonNull(text, where);
        MyNumberLikeText.refuseIn(text, where);
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp == '\n') {
                out.append('\n');
            } else if (cp == '\t') {
                out.append(' ');
            } else if (cp == '\r' || Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT
                    || isVariationSelector(cp)) {
                // dropped: nothing to print
            } else if (hasGlyph(cp)) {
                out.appendCodePoint(cp);
            } else {
                out.appendCodePoint(MISSING_GLYPH);
            }
        });
        return out.toString();
    }

    private static boolean isVariationSelector(int cp) {
        return (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xE0100 && cp <= 0xE01EF);
    }

    private boolean hasGlyph(int codePoint) {
        return glyphs.computeIfAbsent(codePoint, cp -> {
            try {
                font.encode(new String(Character.toChars(cp)));
                return true;
            } catch (IllegalArgumentException noGlyph) {
                return false;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @FunctionalInterface
    private interface IoAction<T> {
        T run() throws IOException;
    }

    private static <T> T io(IoAction<T> action) {
        try {
            return action.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void closeQuietly(PDDocument document, Exception cause) {
        try {
            document.close();
        } catch (IOException e) {
            cause.addSuppressed(e);
        }
    }
}
