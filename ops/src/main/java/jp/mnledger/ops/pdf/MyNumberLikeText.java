package jp.mnledger.ops.pdf;

/**
 * The last guard before text reaches a PDF: text that could hold a 個人番号
 * ({@link jp.mnledger.kernel.number.MyNumberLikeText}) is refused; no document made here may show one.
 */
final class MyNumberLikeText {

    private MyNumberLikeText() {
    }

    static boolean in(String text) {
        return jp.mnledger.kernel.number.MyNumberLikeText.in(text);
    }

    /**
     * @throws IllegalArgumentException naming where, never the text itself
     */
    static void refuseIn(String text, String where) {
        if (in(text)) {
            throw new IllegalArgumentException("refused: text that looks like a 個人番号 in " + where);
        }
    }
}
