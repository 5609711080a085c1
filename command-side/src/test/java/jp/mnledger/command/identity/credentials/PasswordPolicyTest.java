package jp.mnledger.command.identity.credentials;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import jp.mnledger.command.identity.credentials.PasswordPolicy.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

    private static final PasswordPolicy POLICY = new PasswordPolicy();
    private static final String USER = "operator01";

    // ---- accepted

    @Test
    void aLongPassphraseIsAccepted() {
        assertThat(POLICY.check(USER, "correct-horse-battery-staple-月")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"demo-head", "demo-manager", "demo-handler", "demo-payroll", "demo-auditor",
            "demo-employee", "demo-handler2"})
    void theDemoPasswordMeetsThePolicyForEveryDemoUser(String demoUser) {
        // The demo users of API.md share "demo-pass-2026": 14 characters, not a list entry once decorations
        // are undone ("demo-pass", "demopass"), and none of the usernames occurs in it.
        assertThat(POLICY.check(demoUser, "demo-pass-2026")).isEmpty();
    }

    @Test
    void theDemoPasswordIsRefusedForAUserNamedDemoBecauseItContainsTheUsername() {
        assertThat(POLICY.check("demo", "demo-pass-2026")).hasValue(Reason.CONTAINS_USERNAME);
    }

    @Test
    void aRandomPasswordManagerPasswordIsAccepted() {
        assertThat(POLICY.check(USER, "vT9#qLm2$xRw8Zp!")).isEmpty();
    }

    @Test
    void aJapanesePassphraseIsAccepted() {
        assertThat(POLICY.check(USER, "春はあけぼの、やうやう白く")).isEmpty();
    }

    @Test
    void aPassphraseMerelyContainingACommonWordIsAccepted() {
        assertThat(POLICY.check(USER, "my-dragon-eats-ramen-on-tuesdays")).isEmpty();
    }

    @Test
    void aPasswordWithoutAUsernameIsCheckedForTheOtherRules() {
        assertThat(POLICY.check(null, "demo-pass-2026")).isEmpty();
        assertThat(POLICY.check(null, "Password2026!")).hasValue(Reason.COMMON);
    }

    // ---- length

    @Test
    void elevenCharactersAreTooShort() {
        assertThat(POLICY.check(USER, "Tr0ub4dor&3")).hasValue(Reason.TOO_SHORT);
    }

    @Test
    void lengthCountsCodePointsNotUtf16Units() {
        // Eleven supplementary characters are 22 chars in Java but still only eleven characters.
        String eleven = "𠀀𠀁𠀂𠀃𠀄𠀅𠀆𠀇𠀈𠀉𠀊";
        assertThat(eleven.length()).isEqualTo(22);
        assertThat(POLICY.check(USER, eleven)).hasValue(Reason.TOO_SHORT);
        assertThat(POLICY.check(USER, eleven + "𠀋")).isEmpty();
    }

    @Test
    void moreThan128CharactersAreTooLong() {
        String base = "correct-horse-battery-staple-";
        String exactly128 = base.repeat(5).substring(0, 128);
        assertThat(POLICY.check(USER, exactly128)).isEmpty();
        assertThat(POLICY.check(USER, exactly128 + "x")).hasValue(Reason.TOO_LONG);
    }

    // ---- common

    @ParameterizedTest
    @ValueSource(strings = {
            "password1234", // length 12, the word plus digits
            "Password2026!", // trailing digits and symbols stripped
            "PASSWORD2026!", // case-insensitive
            "!!2026Password", // leading decorations stripped too
            "P@ssw0rd2026!", // look-alike substitutions undone
            "iloveyou-2026", // stripped to a list entry
            "I-Love-You-2026", // separators removed
            "monkeymonkey", // a common word repeated
            "Sakura-Sakura-2026", // Japanese-context word, repeated and decorated
            "doraemon20262026",
            "ｐａｓｓｗｏｒｄ２０２６", // full-width, as typed with a Japanese IME
            "correcthorsebatterystaple"})
    void aCommonPasswordIsRefusedEvenWhenDecorated(String password) {
        assertThat(POLICY.check(USER, password)).hasValue(Reason.COMMON);
    }

    // ---- username

    @Test
    void aPasswordContainingTheUsernameIsRefused() {
        assertThat(POLICY.check("yamada.taro", "Yamada.Taro-ledger")).hasValue(Reason.CONTAINS_USERNAME);
    }

    @Test
    void theUsernameIsFoundWithoutItsSeparators() {
        assertThat(POLICY.check("yamada.taro", "YamadaTaro-ledger")).hasValue(Reason.CONTAINS_USERNAME);
    }

    @Test
    void theLocalPartOfAnEmailUsernameCountsAsTheUsername() {
        assertThat(POLICY.check("hanamura@example.jp", "hanamura-ledger-2026")).hasValue(Reason.CONTAINS_USERNAME);
    }

    @Test
    void aUsernameShorterThanThreeCharactersIsNotSearchedFor() {
        assertThat(POLICY.check("ab", "abba-river-stone")).isEmpty();
    }

    // ---- distinct characters

    @ParameterizedTest
    @ValueSource(strings = {"aaaaaaaaaaaa", "abababababab", "aAaAaAbBbBbB", "1111222233334444"})
    void fewerThanFiveDistinctCharactersAreRefused(String password) {
        assertThat(POLICY.check(USER, password)).hasValue(Reason.TOO_FEW_DISTINCT_CHARACTERS);
    }

    // ---- sequences

    @ParameterizedTest
    @ValueSource(strings = {
            "123456789012", // digits, wrapping 9 to 0
            "abcdefghijkl", // alphabet
            "ABCDEFGHIJKL", // case-insensitive
            "qwertyuiopas", // keyboard rows, wrapping
            "zyxwvutsrqpo", // reversed
            "lkjhgfdsapoiu", // reversed keyboard
            "1qaz2wsx3edc4rfv", // keyboard columns
            "abcdef123456", // two runs
            "abcdefghij!?", // a run with a small decoration
            "abc-def-ghi-jkl", // separators do not hide a run
            "1234-5678-9012",
            "aaaaabbbbbcccccdddddeeeee", // repeated characters in runs
            "あいうえおかきくけこさし"}) // the kana table
    void aKeyboardOrAlphabetSequenceIsRefused(String password) {
        assertThat(POLICY.check(USER, password)).hasValue(Reason.SEQUENCE);
    }

    // ---- messages and the bundled list

    @ParameterizedTest
    @EnumSource(Reason.class)
    void everyReasonHasAJapaneseAndAnEnglishMessageAndAStableCode(Reason reason) {
        assertThat(reason.messageJa()).isNotBlank().doesNotContain("%s");
        assertThat(reason.messageEn()).isNotBlank().doesNotContain("%s");
        assertThat(reason.code()).matches("password(-[a-z]+)+");
    }

    @Test
    void theBundledListHasAtLeast400Entries() {
        assertThat(PasswordPolicy.bundledCommonPasswordCount()).isGreaterThanOrEqualTo(400);
    }

    @Test
    void theBundledListIsLowerCaseWithOneEntryPerLineAndAHeader() throws IOException {
        List<String> lines;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                PasswordPolicy.class.getResourceAsStream(PasswordPolicy.COMMON_PASSWORDS_RESOURCE), StandardCharsets.UTF_8))) {
            lines = reader.lines().collect(Collectors.toList());
        }
        assertThat(lines.get(0)).startsWith("#").containsIgnoringCase("hand-assembled");
        List<String> entries = lines.stream().filter(l -> !l.startsWith("#")).toList();
        assertThat(entries).allSatisfy(e -> assertThat(e).isEqualTo(e.strip().toLowerCase(Locale.ROOT)).isNotEmpty());
        assertThat(entries).doesNotHaveDuplicates();
        assertThat(entries).contains("password", "123456", "qwerty", "sakura", "doraemon", "pokemon", "tokyo", "nihon");
        assertThat(entries).doesNotContain("demo-pass-2026", "demo-pass", "demopass");
    }

    @Test
    void toStringRevealsNoPassword() {
        assertThat(POLICY.toString()).doesNotContain("password-", "demo");
    }
}
