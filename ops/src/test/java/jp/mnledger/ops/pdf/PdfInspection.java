package jp.mnledger.ops.pdf;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.apache.pdfbox.text.TextPosition;

/** Reads rendered PDFs back the way a viewer would, for assertions; and keeps samples for people to look at. */
final class PdfInspection {

    /** Where rendered samples go (not committed): ops/target/pdf-samples. */
    static final Path SAMPLES = Path.of("target", "pdf-samples");

    private static final Pattern UUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    /** Twelve digits in a row, or grouped 4-4-4, not part of a longer digit run. */
    private static final Pattern TWELVE_DIGITS = Pattern.compile(
            "(?<![0-9０-９])[0-9０-９]{4}[ 　\\-]?[0-9０-９]{4}[ 　\\-]?[0-9０-９]{4}(?![0-9０-９])");

    private PdfInspection() {
    }

    static PDDocument load(byte[] pdf) {
        try {
            return Loader.loadPDF(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(byte[] pdf) {
        try (PDDocument document = load(pdf)) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String pageText(PDDocument document, int pageNumber) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(pageNumber);
        stripper.setEndPage(pageNumber);
        return stripper.getText(document);
    }

    /** Whether the text shows twelve digits that are not the tail of a UUID. */
    static boolean showsTwelveDigits(String text) {
        return TWELVE_DIGITS.matcher(UUID.matcher(text).replaceAll("<uuid>")).find();
    }

    static List<PDFont> fonts(PDDocument document) throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        for (PDPage page : document.getPages()) {
            PDResources resources = page.getResources();
            for (COSName name : resources.getFontNames()) {
                fonts.add(resources.getFont(name));
            }
        }
        return fonts;
    }

    /** Every glyph drawn, with where it was drawn (PDF user space, origin at the bottom left). */
    record Glyph(int page, String unicode, float left, float right, float baseline, float top) {
    }

    static List<Glyph> glyphs(PDDocument document) throws IOException {
        return glyphs(document, 1, document.getNumberOfPages());
    }

    static List<Glyph> glyphs(PDDocument document, int firstPage, int lastPage) throws IOException {
        List<Glyph> glyphs = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                for (TextPosition p : positions) {
                    float pageHeight = p.getPageHeight();
                    float baseline = pageHeight - p.getYDirAdj();
                    glyphs.add(new Glyph(getCurrentPageNo(), p.getUnicode(), p.getXDirAdj(),
                            p.getXDirAdj() + p.getWidthDirAdj(), baseline, baseline + p.getHeightDir()));
                }
            }
        };
        stripper.setStartPage(firstPage);
        stripper.setEndPage(lastPage);
        stripper.getText(document);
        return glyphs;
    }

    /**
     * The text of one table column on a page, read from the column's header down, wrapped cells joined
     * again (line breaks removed). The header row is the line on which {@code rowMarker} appears; the
     * column spans from its header's left edge to the next header's (or the page's right edge).
     */
    static String columnText(PDDocument document, int pageNumber, String rowMarker, String header, String nextHeader)
            throws IOException {
        List<Glyph> onPage = glyphs(document, pageNumber, pageNumber);
        float headerBaseline = find(onPage, rowMarker, Float.NaN).baseline();
        Glyph start = find(onPage, header, headerBaseline);
        float right = nextHeader == null ? document.getPage(pageNumber - 1).getMediaBox().getWidth()
                : find(onPage, nextHeader, headerBaseline).left();
        float pageHeight = document.getPage(pageNumber - 1).getMediaBox().getHeight();
        float top = pageHeight - start.top() - 1;
        PDFTextStripperByArea stripper = new PDFTextStripperByArea();
        stripper.addRegion("column", new Rectangle2D.Float(start.left() - 1, top, right - start.left() - 1,
                pageHeight - top));
        stripper.extractRegions(document.getPage(pageNumber - 1));
        return stripper.getTextForRegion("column").replaceAll("\\R", "");
    }

    /** The first glyph of the first occurrence of text (on the given baseline, unless NaN). */
    private static Glyph find(List<Glyph> glyphs, String text, float baseline) {
        outer:
        for (int i = 0; i + text.length() <= glyphs.size(); i++) {
            if (!Float.isNaN(baseline) && Math.abs(glyphs.get(i).baseline() - baseline) > 0.5f) {
                continue;
            }
            for (int k = 0; k < text.length(); k++) {
                if (!glyphs.get(i + k).unicode().equals(String.valueOf(text.charAt(k)))) {
                    continue outer;
                }
            }
            return glyphs.get(i);
        }
        throw new AssertionError("no \"" + text + "\" on the page");
    }

    static Path save(String name, byte[] pdf) {
        try {
            Files.createDirectories(SAMPLES);
            return Files.write(SAMPLES.resolve(name), pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
