package jp.mnledger.kernel.number;

import java.text.Normalizer;

/**
 * Normalises a number as people type it: full-width digits (NFKC), blanks of any width, hyphens and
 * dashes of the kinds Japanese input methods produce. What is left must be ASCII digits.
 */
final class DigitInput {

    private DigitInput() {
    }

    /** The input with separators removed; {@code null} when a character other than a digit remains. */
    static String digitsOrNull(String raw) {
        String nfkc = Normalizer.normalize(raw, Normalizer.Form.NFKC);
        StringBuilder digits = new StringBuilder(nfkc.length());
        for (int i = 0; i < nfkc.length(); i++) {
            char c = nfkc.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            } else if (!isSeparator(c)) {
                return null;
            }
        }
        return digits.toString();
    }

    private static boolean isSeparator(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c)
                || c == '-' || (c >= '\u2010' && c <= '\u2015') || c == '\u2212' || c == '\u30FC';
    }
}
