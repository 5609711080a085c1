package jp.mnledger.ops.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks text into lines that fit a width, the Japanese way: by character width, between any two
 * characters, not only at spaces. Two refinements keep lines readable: a basic 禁則処理 (no line starts
 * with closing brackets, 。、 or small kana, none ends with an opening bracket; the offending character
 * moves to the next line with its neighbour), and runs of ASCII letters and digits (a word, a number, a
 * date) are kept whole when they fit on a line of their own. A newline is a hard break.
 */
final class LineBreaker {

    /** Width of one code point, in the same unit as the line width. */
    @FunctionalInterface
    interface Widths {
        float of(int codePoint);
    }

    private static final String NO_LINE_START = "、。，．,.)）]］｝}〕〉》」』】〙〗〟’”｠»"
            + "ゝゞーァィゥェォッャュョヮヵヶぁぃぅぇぉっゃゅょゎゕゖㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ々〻"
            + "‐゠–〜～?!？！‼⁇⁈⁉・:;：；/／";
    private static final String NO_LINE_END = "(（[［｛{〔〈《「『【〘〖〝‘“｟«";

    private LineBreaker() {
    }

    static List<String> wrap(String text, float maxWidth, Widths widths) {
        List<String> lines = new ArrayList<>();
        for (String hardLine : text.split("\r\n|\r|\n", -1)) {
            wrapHardLine(hardLine.codePoints().toArray(), maxWidth, widths, lines);
        }
        return lines;
    }

    private static void wrapHardLine(int[] cps, float maxWidth, Widths widths, List<String> lines) {
        if (cps.length == 0) {
            lines.add("");
            return;
        }
        int start = 0;
        while (start < cps.length) {
            float width = 0;
            int end = start;
            while (end < cps.length && width + widths.of(cps[end]) <= maxWidth) {
                width += widths.of(cps[end]);
                end++;
            }
            if (end == cps.length) {
                lines.add(text(cps, start, end));
                return;
            }
            int brk = Math.max(end, start + 1);
            if (brk < cps.length) {
                brk = keepWordWhole(cps, start, brk);
                brk = applyKinsoku(cps, start, brk);
            }
            lines.add(text(cps, start, brk));
            start = brk;
            while (start < cps.length && cps[start] == ' ') {
                start++;
            }
        }
    }

    /** Moves a break that would split an ASCII word or number to the word's start, if that leaves something on the line. */
    private static int keepWordWhole(int[] cps, int start, int brk) {
        if (!isWordChar(cps[brk - 1]) || !isWordChar(cps[brk])) {
            return brk;
        }
        int wordStart = brk - 1;
        while (wordStart > start && isWordChar(cps[wordStart - 1])) {
            wordStart--;
        }
        return wordStart > start ? wordStart : brk;
    }

    /** Pushes characters to the next line while the break would start a line with, or end one with, a forbidden one. */
    private static int applyKinsoku(int[] cps, int start, int brk) {
        int candidate = brk;
        while (candidate > start + 1
                && (NO_LINE_START.indexOf(cps[candidate]) >= 0 || NO_LINE_END.indexOf(cps[candidate - 1]) >= 0)) {
            candidate--;
        }
        return candidate;
    }

    private static boolean isWordChar(int cp) {
        return cp < 0x80 && Character.isLetterOrDigit(cp);
    }

    private static String text(int[] cps, int from, int to) {
        int end = to;
        while (end > from && cps[end - 1] == ' ') {
            end--;
        }
        return new String(cps, from, end - from);
    }
}
