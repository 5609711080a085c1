package jp.mnledger.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

/**
 * The one check that a text shown to someone holds no My Number: twelve digits standing alone.
 * Identifiers are removed first: a UUID's last group is twelve hex digits and, about one time in three hundred,
 * all of them are decimal — a check that matched it would fail at random (it did, in CI). Likewise hashes
 * (64 hex digits: a ledger root) and signatures (88 base64 characters) hold such runs now and then.
 */
public final class NoMyNumbers {

    private static final Pattern UUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern HASH_OR_SIGNATURE = Pattern.compile("[0-9a-fA-F]{32,}|[A-Za-z0-9+/_-]{64,}={0,2}");
    private static final Pattern TWELVE_DIGITS = Pattern.compile("(?<![0-9])[0-9]{12}(?![0-9])");

    private NoMyNumbers() {
    }

    public static void assertNoMyNumberIn(String text) {
        String withoutIds = HASH_OR_SIGNATURE.matcher(UUID.matcher(text).replaceAll("<id>")).replaceAll("<hash>");
        assertThat(TWELVE_DIGITS.matcher(withoutIds).find())
                .as("a text shown to users holds twelve digits standing alone (a My Number?)")
                .isFalse();
    }
}
