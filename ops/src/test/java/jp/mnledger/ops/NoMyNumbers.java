package jp.mnledger.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

/**
 * The one check that a text shown to someone holds no My Number: twelve digits standing alone.
 * Identifiers are removed first: a UUID's last group is twelve hex digits and, about one time in three hundred,
 * all of them are decimal — a check that matched it would fail at random (it did, in CI).
 */
public final class NoMyNumbers {

    private static final Pattern UUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern TWELVE_DIGITS = Pattern.compile("(?<![0-9])[0-9]{12}(?![0-9])");

    private NoMyNumbers() {
    }

    public static void assertNoMyNumberIn(String text) {
        String withoutIds = UUID.matcher(text).replaceAll("<id>");
        assertThat(TWELVE_DIGITS.matcher(withoutIds).find())
                .as("a text shown to users holds twelve digits standing alone (a My Number?)")
                .isFalse();
    }
}
