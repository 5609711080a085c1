package jp.mnledger.command.identity.credentials;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.time.Instant;
import java.util.Objects;
import java.util.OptionalLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords (RFC 6238, on the HOTP truncation of RFC 4226) as a second factor.
 *
 * <p>HMAC comes from the JDK's {@link Mac} rather than Bouncy Castle: SunJCE is always present, and the
 * three HMACs RFC 6238 names are all it needs. An instance is immutable and thread-safe; a {@link Mac}
 * is not, so each computation takes its own.
 *
 * <p>The caller owns two pieces of state: the secret (personal data — store it sealed, never log it or
 * the {@link #provisioningUri provisioning URI}) and the last accepted time step, which it must persist
 * <em>before</em> reporting success so that a code observed over a shoulder or in a proxy log cannot be
 * replayed within its window.
 */
public final class Totp {

    /** The issuer shown in authenticator apps. */
    public static final String ISSUER = "mnledger";

    public static final int DEFAULT_DIGITS = 6;
    public static final int DEFAULT_PERIOD_SECONDS = 30;

    /**
     * Steps either side of the current one that are still accepted. One step covers ordinary phone-clock
     * drift and the user typing a code that rolled over mid-entry; more would widen the guessing window.
     */
    public static final int ALLOWED_DRIFT_STEPS = 1;

    /** New secrets have the 160 bits RFC 4226 §4 R6 recommends. */
    public static final int GENERATED_SECRET_BYTES = 20;

    /**
     * The shortest secret still accepted: 80 bits. RFC 4226 asks for 128, but 80-bit secrets are what
     * many authenticator enrolments (and the demo profile's published secret in API.md,
     * {@code JBSWY3DPEHPK3PXP}) use, and 2^80 is still far beyond brute-forcing a secret from observed
     * codes. Shorter than that is refused rather than silently weakening the second factor.
     */
    public static final int MIN_SECRET_BYTES = 10;

    /** Pass as {@code lastUsedTimeStep} when the secret has never been used to sign in. */
    public static final long NEVER_USED = Long.MIN_VALUE;

    private static final String BASE32_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Totp DEFAULT = new Totp();
    private static final long[] POWERS_OF_TEN = {1L, 10L, 100L, 1_000L, 10_000L, 100_000L, 1_000_000L,
            10_000_000L, 100_000_000L, 1_000_000_000L};

    /** The HMAC behind the code. Authenticator apps universally support SHA1; the others are for RFC conformance. */
    public enum Algorithm {
        SHA1("HmacSHA1"),
        SHA256("HmacSHA256"),
        SHA512("HmacSHA512");

        private final String jcaName;

        Algorithm(String jcaName) {
            this.jcaName = jcaName;
        }
    }

    private final Algorithm algorithm;
    private final int digits;
    private final int periodSeconds;

    /** SHA1, 6 digits, 30 seconds: the only combination every authenticator app honours. */
    public Totp() {
        this(Algorithm.SHA1, DEFAULT_DIGITS, DEFAULT_PERIOD_SECONDS);
    }

    /**
     * @param digits 6 to 8 (RFC 4226 requires at least 6; RFC 6238's reference code stops at 8)
     * @param periodSeconds the time step X of RFC 6238, at least 1
     */
    public Totp(Algorithm algorithm, int digits, int periodSeconds) {
        this.algorithm = Objects.requireNonNull(algorithm, "algorithm");
        if (digits < 6 || digits > 8) {
            throw new IllegalArgumentException("TOTP digits must be between 6 and 8");
        }
        if (periodSeconds < 1) {
            throw new IllegalArgumentException("TOTP period must be at least one second");
        }
        this.digits = digits;
        this.periodSeconds = periodSeconds;
    }

    public Algorithm algorithm() {
        return algorithm;
    }

    public int digits() {
        return digits;
    }

    public int periodSeconds() {
        return periodSeconds;
    }

    /** A fresh 160-bit secret, base32 without padding (32 characters), ready for an otpauth URI. */
    public static String generateSecretBase32() {
        byte[] secret = new byte[GENERATED_SECRET_BYTES];
        RANDOM.nextBytes(secret);
        return encodeBase32(secret);
    }

    /** RFC 4648 base32, upper case, without padding (authenticator apps expect it unpadded). */
    public static String encodeBase32(byte[] data) {
        Objects.requireNonNull(data, "data");
        StringBuilder out = new StringBuilder((data.length * 8 + 4) / 5);
        int buffer = 0;
        int bits = 0;
        for (byte b : data) {
            buffer = (buffer << 8) | (b & 0xff);
            bits += 8;
            while (bits >= 5) {
                out.append(BASE32_ALPHABET.charAt((buffer >>> (bits - 5)) & 0x1f));
                bits -= 5;
            }
        }
        if (bits > 0) {
            out.append(BASE32_ALPHABET.charAt((buffer << (5 - bits)) & 0x1f));
        }
        return out.toString();
    }

    /**
     * Decodes RFC 4648 base32 as people type it: any case, with whitespace (apps show the secret in
     * groups of four) and {@code =} padding ignored.
     *
     * @throws IllegalArgumentException on a character outside the alphabet or an impossible length; the
     *         message never repeats the input, because the input is a secret
     */
    public static byte[] decodeBase32(String encoded) {
        Objects.requireNonNull(encoded, "encoded");
        ByteArrayOutputStream out = new ByteArrayOutputStream(encoded.length() * 5 / 8);
        int buffer = 0;
        int bits = 0;
        int symbols = 0;
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c == '=' || Character.isWhitespace(c)) {
                continue;
            }
            int value = base32Value(c);
            if (value < 0) {
                throw new IllegalArgumentException("Invalid base32: a character outside the RFC 4648 alphabet at index " + i);
            }
            symbols++;
            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8) {
                out.write((buffer >>> (bits - 8)) & 0xff);
                bits -= 8;
            }
        }
        // 1, 3 or 6 trailing symbols cannot come from whole bytes: the input was truncated or mistyped.
        int rest = symbols % 8;
        if (rest == 1 || rest == 3 || rest == 6) {
            throw new IllegalArgumentException("Invalid base32: impossible length (truncated input?)");
        }
        return out.toByteArray();
    }

    private static int base32Value(char c) {
        if (c >= 'A' && c <= 'Z') {
            return c - 'A';
        }
        if (c >= 'a' && c <= 'z') {
            return c - 'a';
        }
        if (c >= '2' && c <= '7') {
            return c - '2' + 26;
        }
        return -1;
    }

    /** The RFC 6238 time step T = floor((unixSeconds − T0) / X) with T0 = 0. */
    public long timeStep(long unixSeconds) {
        return Math.floorDiv(unixSeconds, periodSeconds);
    }

    /** The code valid at {@code unixSeconds}, zero-padded to {@link #digits()}. */
    public String code(byte[] secret, long unixSeconds) {
        return codeAtStep(checkSecret(secret), timeStep(unixSeconds));
    }

    /**
     * Checks a code typed by the user against the current step and {@link #ALLOWED_DRIFT_STEPS} either
     * side, refusing any step at or before {@code lastUsedTimeStep}: a TOTP code is single-use.
     *
     * @param code what the user typed; spaces are ignored (apps display "123 456") and full-width digits
     *        accepted, anything else malformed is simply refused
     * @param lastUsedTimeStep the step returned by the last successful verification, or {@link #NEVER_USED}
     * @return the matched time step, which the caller must store as the new {@code lastUsedTimeStep}; empty
     *         when the code is wrong, outside the window or a replay
     */
    public OptionalLong verify(byte[] secret, String code, Instant now, long lastUsedTimeStep) {
        checkSecret(secret);
        Objects.requireNonNull(now, "now");
        if (code == null) {
            return OptionalLong.empty();
        }
        // NFKC because a Japanese IME in full-width mode types "１２３４５６".
        String typed = Normalizer.normalize(code, Normalizer.Form.NFKC).replace(" ", "");
        if (typed.length() != digits || !typed.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return OptionalLong.empty();
        }
        byte[] typedBytes = typed.getBytes(StandardCharsets.US_ASCII);
        long current = timeStep(now.getEpochSecond());
        long matched = Long.MIN_VALUE;
        boolean found = false;
        // Every step in the window is computed and compared, matched or not, so the response time does
        // not tell an attacker which step (if any) their guess hit.
        for (long step = current - ALLOWED_DRIFT_STEPS; step <= current + ALLOWED_DRIFT_STEPS; step++) {
            byte[] expected = codeAtStep(secret, step).getBytes(StandardCharsets.US_ASCII);
            boolean equal = MessageDigest.isEqual(expected, typedBytes);
            if (equal && step > lastUsedTimeStep) {
                // Keep the latest match: storing the highest step closes the window furthest.
                matched = step;
                found = true;
            }
        }
        return found ? OptionalLong.of(matched) : OptionalLong.empty();
    }

    /**
     * The Key URI Format ({@code otpauth://totp/…}) an authenticator app reads from a QR code, with this
     * instance's algorithm, digits and period. The account usually identifies a person: show the URI
     * only to that person and never log it, since it carries the secret.
     *
     * @throws IllegalArgumentException if the issuer or account contains a colon (the label separator) or
     *         the secret is not valid base32
     */
    public String provisioningUri(String issuer, String account, String secretBase32) {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(secretBase32, "secretBase32");
        if (issuer.isBlank() || issuer.indexOf(':') >= 0) {
            throw new IllegalArgumentException("TOTP issuer must be non-blank and contain no colon");
        }
        if (account.isBlank() || account.indexOf(':') >= 0) {
            throw new IllegalArgumentException("TOTP account name must be non-blank and contain no colon");
        }
        // Normalise what the user might have been given with spaces or padding, and fail early on a typo.
        String secret = encodeBase32(checkSecret(decodeBase32(secretBase32)));
        return "otpauth://totp/" + encode(issuer) + ":" + encode(account)
                + "?secret=" + secret
                + "&issuer=" + encode(issuer)
                + "&algorithm=" + algorithm.name()
                + "&digits=" + digits
                + "&period=" + periodSeconds;
    }

    /** {@link #provisioningUri} for the defaults: SHA1, 6 digits, 30 seconds. */
    public static String otpauthUri(String issuer, String account, String secretBase32) {
        return DEFAULT.provisioningUri(issuer, account, secretBase32);
    }

    /** Percent-encoding as in a URI path: URLEncoder's form encoding turns a space into '+', which apps show literally. */
    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static byte[] checkSecret(byte[] secret) {
        Objects.requireNonNull(secret, "secret");
        if (secret.length < MIN_SECRET_BYTES) {
            throw new IllegalArgumentException("TOTP secret must be at least " + MIN_SECRET_BYTES + " bytes");
        }
        return secret;
    }

    /** RFC 4226 HOTP with the counter set to the time step. */
    private String codeAtStep(byte[] secret, long step) {
        byte[] hash;
        try {
            Mac mac = Mac.getInstance(algorithm.jcaName);
            mac.init(new SecretKeySpec(secret, algorithm.jcaName));
            hash = mac.doFinal(longToBytes(step));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("TOTP HMAC failed: " + e.getClass().getSimpleName());
        }
        int offset = hash[hash.length - 1] & 0x0f;
        int binary = ((hash[offset] & 0x7f) << 24)
                | ((hash[offset + 1] & 0xff) << 16)
                | ((hash[offset + 2] & 0xff) << 8)
                | (hash[offset + 3] & 0xff);
        long otp = binary % POWERS_OF_TEN[digits];
        String text = Long.toString(otp);
        return "0".repeat(digits - text.length()) + text;
    }

    private static byte[] longToBytes(long value) {
        byte[] bytes = new byte[8];
        for (int i = 7; i >= 0; i--) {
            bytes[i] = (byte) value;
            value >>>= 8;
        }
        return bytes;
    }

    @Override
    public String toString() {
        return "Totp[" + algorithm + ", " + digits + " digits, " + periodSeconds + " s]";
    }
}
