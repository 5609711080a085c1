package jp.mnledger.command.identity.credentials;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Decides whether a new password is acceptable. Length is the main defence (NIST SP 800-63B §3.1.1.2
 * prefers length and a blocklist over composition rules, which only breed {@code Password1!}); the other
 * checks refuse what a cracker tries first: common passwords with a decoration, the username, very few
 * distinct characters, and keyboard or alphabet runs.
 *
 * <p>Comparisons run on an NFKC, lower-cased form, so full-width {@code ＰＡＳＳＷＯＲＤ} typed on a
 * Japanese IME counts as {@code password}. The password never leaves this class: a refusal is a
 * {@link Reason}, whose messages describe the rule, not the input. Instances are immutable and
 * thread-safe.
 */
public final class PasswordPolicy {

    /** Below this, an offline attack on a leaked hash is cheap even for random-looking passwords. */
    public static final int MIN_LENGTH = 12;

    /**
     * Keeps hashing cost bounded (a megabyte "password" is a denial-of-service) while leaving room for
     * any passphrase a person or a password manager produces.
     */
    public static final int MAX_LENGTH = 128;

    public static final int MIN_DISTINCT_CHARACTERS = 5;

    /** Shorter usernames ("ai", "jo") occur inside too many honest passwords to refuse them. */
    public static final int MIN_USERNAME_LENGTH_CHECKED = 3;

    /** Runs shorter than this ("ab", "rt") occur in ordinary words; three in a row are a pattern. */
    private static final int MIN_RUN_LENGTH = 3;

    /** How many decorations {@link #isCommon} undoes in a row, e.g. strip, then un-leet, then de-repeat. */
    private static final int UNDO_STEPS = 4;

    /** A sequence with one or two extra characters ("abcdefghij!?") is still a sequence. */
    private static final int MAX_CHARACTERS_OUTSIDE_RUNS = 2;

    static final String COMMON_PASSWORDS_RESOURCE = "/identity/common-passwords.txt";

    /**
     * Orders a person can type without thinking: digits, the alphabet, the rows and columns of a JIS/US
     * keyboard, the kana table. Each is cyclic (…890 → 1…, …opas…) and is also checked reversed.
     */
    private static final List<String> SEQUENCES = List.of(
            "0123456789",
            "abcdefghijklmnopqrstuvwxyz",
            "qwertyuiopasdfghjklzxcvbnm",
            "1234567890qwertyuiop",
            "qazwsxedcrfvtgbyhnujmikolp",
            "1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik9ol0p",
            "あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもやゆよらりるれろわをん",
            "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲン");

    /** For each sequence and direction, the character that follows each character. */
    private static final List<Map<Integer, Integer>> SUCCESSORS = successors();

    /** Why a password was refused. The code is stable and public; the messages never contain the password. */
    public enum Reason {
        TOO_SHORT("password-too-short",
                "パスワードは" + MIN_LENGTH + "文字以上にしてください。",
                "The password must be at least " + MIN_LENGTH + " characters long."),
        TOO_LONG("password-too-long",
                "パスワードは" + MAX_LENGTH + "文字以内にしてください。",
                "The password must be at most " + MAX_LENGTH + " characters long."),
        TOO_FEW_DISTINCT_CHARACTERS("password-too-few-distinct-characters",
                "パスワードには" + MIN_DISTINCT_CHARACTERS + "種類以上の文字を使ってください。",
                "The password must use at least " + MIN_DISTINCT_CHARACTERS + " different characters."),
        SEQUENCE("password-sequence",
                "キーボードの並び、連続した文字や数字、同じ文字の繰り返しだけのパスワードは使えません。",
                "The password must not be a keyboard pattern, a run of consecutive letters or digits, or a repeated character."),
        COMMON("password-common",
                "よく使われているパスワード(またはその末尾に数字や記号を付けたもの)は使えません。",
                "The password is commonly used (possibly with digits or symbols added) and is easy to guess."),
        CONTAINS_USERNAME("password-contains-username",
                "パスワードにユーザー名を含めないでください。",
                "The password must not contain the username.");

        private final String code;
        private final String messageJa;
        private final String messageEn;

        Reason(String code, String messageJa, String messageEn) {
            this.code = code;
            this.messageJa = messageJa;
            this.messageEn = messageEn;
        }

        /** A stable, kebab-case identifier for API responses and audit records. */
        public String code() {
            return code;
        }

        public String messageJa() {
            return messageJa;
        }

        public String messageEn() {
            return messageEn;
        }
    }

    /** Loaded on first use and shared: the holder idiom gives lazy, thread-safe, one-time initialisation. */
    private static final class BundledList {
        static final Set<String> WORDS = load();
    }

    /** The policy with the bundled common-password list ({@value #COMMON_PASSWORDS_RESOURCE}). */
    public PasswordPolicy() {
        // Nothing to set up: the list is loaded on the first check, not when the policy is wired.
    }

    /**
     * @param username the account's login name, or {@code null} when there is none yet
     * @param password the candidate password
     * @return the first rule the password breaks, or empty when it is acceptable
     */
    public Optional<Reason> check(String username, String password) {
        Objects.requireNonNull(password, "password");
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return Optional.of(Reason.TOO_SHORT);
        }
        if (length > MAX_LENGTH) {
            return Optional.of(Reason.TOO_LONG);
        }
        String normalised = normalise(password);
        if (normalised.codePoints().distinct().count() < MIN_DISTINCT_CHARACTERS) {
            return Optional.of(Reason.TOO_FEW_DISTINCT_CHARACTERS);
        }
        if (isSequence(normalised) || isSequence(removeSeparators(normalised))) {
            return Optional.of(Reason.SEQUENCE);
        }
        if (isCommon(normalised)) {
            return Optional.of(Reason.COMMON);
        }
        if (containsUsername(normalised, username)) {
            return Optional.of(Reason.CONTAINS_USERNAME);
        }
        return Optional.empty();
    }

    static int bundledCommonPasswordCount() {
        return BundledList.WORDS.size();
    }

    private static String normalise(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    // ---- common passwords

    /**
     * Cracking rules start from a word list and decorate it; undo the usual decorations and look each
     * variant up: digits or symbols around the word ({@code !Password2026}), separators inside it
     * ({@code pass-word}), look-alike substitutions ({@code p@ssw0rd}) and repetition
     * ({@code monkeymonkey}). Only whole-word equality counts, so a passphrase that merely contains a
     * common word is not refused.
     */
    private boolean isCommon(String normalised) {
        Set<String> words = BundledList.WORDS;
        for (String candidate : variants(normalised)) {
            if (!candidate.isEmpty() && words.contains(candidate)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Every form reachable from the password by up to {@value #UNDO_STEPS} undoing steps, in any order:
     * the order matters ({@code p@ssw0rd2026} must lose its digits before '0' becomes 'o').
     */
    private static Set<String> variants(String normalised) {
        Set<String> all = new LinkedHashSet<>();
        all.add(normalised);
        Set<String> frontier = Set.of(normalised);
        for (int step = 0; step < UNDO_STEPS && !frontier.isEmpty(); step++) {
            Set<String> next = new LinkedHashSet<>();
            for (String form : frontier) {
                for (String undone : List.of(stripNonLetters(form), removeSeparators(form),
                        unLeet(form, 'i'), unLeet(form, 'l'), repeatedUnit(form))) {
                    if (all.add(undone)) {
                        next.add(undone);
                    }
                }
            }
            frontier = next;
        }
        return all;
    }

    /** Removes leading and trailing characters that are not letters: the digits and symbols rules bolt on. */
    private static String stripNonLetters(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && !Character.isLetter(text.codePointAt(start))) {
            start += Character.charCount(text.codePointAt(start));
        }
        while (end > start && !Character.isLetter(text.codePointBefore(end))) {
            end -= Character.charCount(text.codePointBefore(end));
        }
        return text.substring(start, end);
    }

    private static String removeSeparators(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().filter(Character::isLetterOrDigit).forEach(out::appendCodePoint);
        return out.toString();
    }

    /** Reverses the common look-alike substitutions; '1' and '!' stand for 'i' or 'l', so both are tried. */
    private static String unLeet(String text, char forOne) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '0' -> out.append('o');
                case '1', '!', '|' -> out.append(forOne);
                case '3' -> out.append('e');
                case '4', '@' -> out.append('a');
                case '5', '$' -> out.append('s');
                case '7', '+' -> out.append('t');
                case '8' -> out.append('b');
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** The shortest unit that, repeated at least twice, makes up the whole text; the text itself if none. */
    private static String repeatedUnit(String text) {
        int n = text.length();
        for (int unit = 1; unit <= n / 2; unit++) {
            if (n % unit == 0 && text.substring(unit).equals(text.substring(0, n - unit))) {
                return text.substring(0, unit);
            }
        }
        return text;
    }

    // ---- sequences

    /**
     * True when the password is made of runs of at least {@value #MIN_RUN_LENGTH} characters that follow
     * a {@link #SEQUENCES sequence} (or repeat one character), with at most
     * {@value #MAX_CHARACTERS_OUTSIDE_RUNS} characters left over. Splitting into runs catches
     * {@code abcdef123456} as well as {@code 1234567890ab}; the minimum run length keeps ordinary words,
     * which contain the odd "de" or "rt", out of it.
     */
    private static boolean isSequence(String normalised) {
        int[] cps = normalised.codePoints().toArray();
        int n = cps.length;
        int[] runFrom = new int[n];
        for (int i = 0; i < n; i++) {
            runFrom[i] = longestRunFrom(cps, i);
        }
        // leftover[i]: the fewest characters outside runs when covering cps[i..n).
        int[] leftover = new int[n + 1];
        for (int i = n - 1; i >= 0; i--) {
            int best = 1 + leftover[i + 1];
            for (int len = MIN_RUN_LENGTH; len <= runFrom[i]; len++) {
                best = Math.min(best, leftover[i + len]);
            }
            leftover[i] = best;
        }
        return leftover[0] <= MAX_CHARACTERS_OUTSIDE_RUNS;
    }

    private static int longestRunFrom(int[] cps, int start) {
        int best = 1;
        int same = 1;
        while (start + same < cps.length && cps[start + same] == cps[start + same - 1]) {
            same++;
        }
        best = Math.max(best, same);
        for (Map<Integer, Integer> next : SUCCESSORS) {
            int len = 1;
            while (start + len < cps.length
                    && Integer.valueOf(cps[start + len]).equals(next.get(cps[start + len - 1]))) {
                len++;
            }
            best = Math.max(best, len);
        }
        return best;
    }

    private static List<Map<Integer, Integer>> successors() {
        List<Map<Integer, Integer>> maps = new ArrayList<>();
        for (String sequence : SEQUENCES) {
            int[] cps = sequence.codePoints().toArray();
            Map<Integer, Integer> forward = new HashMap<>();
            Map<Integer, Integer> backward = new HashMap<>();
            for (int i = 0; i < cps.length; i++) {
                int next = cps[(i + 1) % cps.length];
                forward.put(cps[i], next);
                backward.put(next, cps[i]);
            }
            maps.add(Map.copyOf(forward));
            maps.add(Map.copyOf(backward));
        }
        return List.copyOf(maps);
    }

    // ---- username

    /**
     * An attacker who targets an account knows its username; a password built on it is a first guess.
     * Also checks an e-mail username's local part and the username without separators
     * ({@code taro.yamada} in {@code TaroYamada-2026}).
     */
    private static boolean containsUsername(String normalised, String username) {
        if (username == null) {
            return false;
        }
        String user = normalise(username.strip());
        Set<String> forms = new LinkedHashSet<>();
        forms.add(user);
        int at = user.indexOf('@');
        if (at > 0) {
            forms.add(user.substring(0, at));
        }
        for (String form : List.copyOf(forms)) {
            forms.add(removeSeparators(form));
        }
        String compactPassword = removeSeparators(normalised);
        for (String form : forms) {
            if (form.codePointCount(0, form.length()) < MIN_USERNAME_LENGTH_CHECKED) {
                continue;
            }
            if (normalised.contains(form) || compactPassword.contains(form)) {
                return true;
            }
        }
        return false;
    }

    // ---- loading

    private static Set<String> load() {
        InputStream in = PasswordPolicy.class.getResourceAsStream(COMMON_PASSWORDS_RESOURCE);
        if (in == null) {
            // Failing closed: without the list the policy would silently accept "password123456".
            throw new IllegalStateException("Common-password list missing from the classpath: " + COMMON_PASSWORDS_RESOURCE);
        }
        Set<String> words = new HashSet<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                String word = line.strip();
                if (!word.isEmpty() && !word.startsWith("#")) {
                    words.add(normalise(word));
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the common-password list: " + e.getClass().getSimpleName());
        }
        return Set.copyOf(words);
    }

    @Override
    public String toString() {
        return "PasswordPolicy[min " + MIN_LENGTH + ", max " + MAX_LENGTH + " code points]";
    }
}
