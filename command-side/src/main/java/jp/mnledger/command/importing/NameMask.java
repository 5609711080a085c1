package jp.mnledger.command.importing;

import jp.mnledger.kernel.seal.PersonalName;

/**
 * A name as a preview shows it: its first character, then ＊ for every other character, spaces kept (so
 * family and given name stay apart). Enough to see that a file was decoded right, not the name itself.
 */
final class NameMask {

    private NameMask() {
    }

    static String mask(PersonalName name) {
        if (name == null) {
            return null;
        }
        int[] codePoints = name.value().codePoints().toArray();
        if (codePoints.length <= 1) {
            return "＊";
        }
        StringBuilder masked = new StringBuilder().appendCodePoint(codePoints[0]);
        for (int i = 1; i < codePoints.length; i++) {
            if (Character.isWhitespace(codePoints[i]) || Character.isSpaceChar(codePoints[i])) {
                masked.appendCodePoint(codePoints[i]);
            } else {
                masked.append('＊');
            }
        }
        return masked.toString();
    }
}
