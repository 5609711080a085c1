package jp.mnledger.kernel.number;

import java.util.regex.Pattern;

/**
 * Whether a text holds something that could be a 個人番号: twelve digits standing alone (half- or full-width,
 * optionally grouped 4-4-4 by a space or hyphen). Runs that belong to a longer token are not counted: the 13-digit
 * 法人番号, a run inside a hex hash, and UUIDs (whose last group is all digits about once in 280). Deliberately
 * blunt: a false positive (a twelve-digit order number) is cheaper than one number where none may be. Used to
 * refuse free text that must never hold a number (a breach report's notes) and as the PDF writer's last guard.
 */
public final class MyNumberLikeText {

    private static final Pattern UUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final String DIGIT = "[0-9０-９]";
    private static final String SEPARATOR = "[ 　\\-‐－]?";
    private static final String ALNUM = "[0-9A-Za-z０-９Ａ-Ｚａ-ｚ]";
    private static final Pattern MY_NUMBER_LIKE = Pattern.compile("(?<!" + ALNUM + ")"
            + DIGIT + "{4}" + SEPARATOR + DIGIT + "{4}" + SEPARATOR + DIGIT + "{4}"
            + "(?!" + ALNUM + ")");

    private MyNumberLikeText() {
    }

    public static boolean in(String text) {
        return text != null && MY_NUMBER_LIKE.matcher(UUID.matcher(text).replaceAll("_")).find();
    }
}
