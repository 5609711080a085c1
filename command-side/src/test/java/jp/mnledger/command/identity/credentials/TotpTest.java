package jp.mnledger.command.identity.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.OptionalLong;
import java.util.stream.Stream;
import jp.mnledger.command.identity.credentials.Totp.Algorithm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class TotpTest {

    private static final byte[] SHA1_SEED = ascii("12345678901234567890");
    private static final byte[] SHA256_SEED = ascii("12345678901234567890123456789012");
    private static final byte[] SHA512_SEED = ascii("1234567890123456789012345678901234567890123456789012345678901234");

    private static final Totp TOTP = new Totp();
    private static final long NOW_SECONDS = 1_111_111_111L;
    private static final Instant NOW = Instant.ofEpochSecond(NOW_SECONDS);
    private static final long NOW_STEP = NOW_SECONDS / 30;

    // ---- RFC 6238 Appendix B

    static Stream<Arguments> rfc6238AppendixB() {
        return Stream.of(
                Arguments.of(59L, "0000000000000001", "94287082", Algorithm.SHA1),
                Arguments.of(59L, "0000000000000001", "46119246", Algorithm.SHA256),
                Arguments.of(59L, "0000000000000001", "90693936", Algorithm.SHA512),
                Arguments.of(1111111109L, "00000000023523EC", "07081804", Algorithm.SHA1),
                Arguments.of(1111111109L, "00000000023523EC", "68084774", Algorithm.SHA256),
                Arguments.of(1111111109L, "00000000023523EC", "25091201", Algorithm.SHA512),
                Arguments.of(1111111111L, "00000000023523ED", "14050471", Algorithm.SHA1),
                Arguments.of(1111111111L, "00000000023523ED", "67062674", Algorithm.SHA256),
                Arguments.of(1111111111L, "00000000023523ED", "99943326", Algorithm.SHA512),
                Arguments.of(1234567890L, "000000000273EF07", "89005924", Algorithm.SHA1),
                Arguments.of(1234567890L, "000000000273EF07", "91819424", Algorithm.SHA256),
                Arguments.of(1234567890L, "000000000273EF07", "93441116", Algorithm.SHA512),
                Arguments.of(2000000000L, "0000000003F940AA", "69279037", Algorithm.SHA1),
                Arguments.of(2000000000L, "0000000003F940AA", "90698825", Algorithm.SHA256),
                Arguments.of(2000000000L, "0000000003F940AA", "38618901", Algorithm.SHA512),
                Arguments.of(20000000000L, "0000000027BC86AA", "65353130", Algorithm.SHA1),
                Arguments.of(20000000000L, "0000000027BC86AA", "77737706", Algorithm.SHA256),
                Arguments.of(20000000000L, "0000000027BC86AA", "47863826", Algorithm.SHA512));
    }

    @ParameterizedTest(name = "{3} at {0}: {2}")
    @MethodSource("rfc6238AppendixB")
    void producesTheRfc6238AppendixBCodes(long unixSeconds, String stepHex, String expected, Algorithm algorithm) {
        Totp totp = new Totp(algorithm, 8, 30);
        assertThat(totp.timeStep(unixSeconds)).isEqualTo(Long.parseLong(stepHex, 16));
        assertThat(totp.code(seedFor(algorithm), unixSeconds)).isEqualTo(expected);
    }

    @Test
    void sixDigitCodesAreTheLastSixOfTheTruncatedValueZeroPadded() {
        // RFC 4226 truncation mod 10^6 of the SHA1 vector at 1111111109 ("07081804").
        assertThat(TOTP.code(SHA1_SEED, 1111111109L)).isEqualTo("081804");
    }

    // ---- base32

    @Test
    void theWellKnownSecretDecodesToHelloDeadbeef() {
        byte[] expected = HexFormat.of().parseHex(HexFormat.of().formatHex(ascii("Hello!")) + "deadbeef");
        assertThat(Totp.decodeBase32("JBSWY3DPEHPK3PXP")).isEqualTo(expected);
    }

    @Test
    void decodingIgnoresCaseSpacesAndPadding() {
        assertThat(Totp.decodeBase32("jbsw y3dp EHPK 3pxp")).isEqualTo(Totp.decodeBase32("JBSWY3DPEHPK3PXP"));
        assertThat(Totp.decodeBase32("MZXW6YQ=")).isEqualTo(ascii("foob"));
    }

    @ParameterizedTest
    @CsvSource({"'',''", "f,MY", "fo,MZXQ", "foo,MZXW6", "foob,MZXW6YQ", "fooba,MZXW6YTB", "foobar,MZXW6YTBOI"})
    void encodesTheRfc4648VectorsWithoutPadding(String clear, String encoded) {
        assertThat(Totp.encodeBase32(ascii(clear))).isEqualTo(encoded);
        assertThat(Totp.decodeBase32(encoded)).isEqualTo(ascii(clear));
    }

    @Test
    void base32RoundTripsEveryLength() {
        SecureRandom random = new SecureRandom();
        for (int length = 0; length <= 64; length++) {
            byte[] data = new byte[length];
            random.nextBytes(data);
            assertThat(Totp.decodeBase32(Totp.encodeBase32(data))).isEqualTo(data);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"JBSWY3DP1HPK3PXP", "JBSWY3DP8HPK3PXP", "JBSWY3DP-EHPK3PXP", "JBSWY3DPÉHPK3PXP"})
    void anInvalidCharacterIsRefusedWithoutEchoingTheInput(String bad) {
        assertThatThrownBy(() -> Totp.decodeBase32(bad))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining(bad)
                .hasMessageNotContaining("JBSWY3DP");
    }

    @ParameterizedTest
    @ValueSource(strings = {"A", "ABC", "ABCDEF", "JBSWY3DPE"})
    void aLengthNoWholeNumberOfBytesCanProduceIsRefused(String truncated) {
        assertThatThrownBy(() -> Totp.decodeBase32(truncated))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining(truncated);
    }

    @Test
    void generatedSecretsAre160RandomBitsInUnpaddedBase32() {
        String first = Totp.generateSecretBase32();
        String second = Totp.generateSecretBase32();
        assertThat(first).hasSize(32).matches("[A-Z2-7]+");
        assertThat(Totp.decodeBase32(first)).hasSize(20);
        assertThat(first).isNotEqualTo(second);
    }

    // ---- verify

    @Test
    void theCurrentCodeIsAcceptedAndItsStepReturned() {
        String code = TOTP.code(SHA1_SEED, NOW_SECONDS);
        assertThat(TOTP.verify(SHA1_SEED, code, NOW, Totp.NEVER_USED)).hasValue(NOW_STEP);
    }

    @Test
    void aCodeOneStepBehindIsAcceptedForClockDrift() {
        String code = TOTP.code(SHA1_SEED, NOW_SECONDS - 30);
        assertThat(TOTP.verify(SHA1_SEED, code, NOW, Totp.NEVER_USED)).hasValue(NOW_STEP - 1);
    }

    @Test
    void aCodeOneStepAheadIsAcceptedForClockDrift() {
        String code = TOTP.code(SHA1_SEED, NOW_SECONDS + 30);
        assertThat(TOTP.verify(SHA1_SEED, code, NOW, Totp.NEVER_USED)).hasValue(NOW_STEP + 1);
    }

    @Test
    void aCodeTwoStepsBehindIsRefused() {
        String code = TOTP.code(SHA1_SEED, NOW_SECONDS - 60);
        assertThat(TOTP.verify(SHA1_SEED, code, NOW, Totp.NEVER_USED)).isEmpty();
    }

    @Test
    void aCodeTwoStepsAheadIsRefused() {
        String code = TOTP.code(SHA1_SEED, NOW_SECONDS + 60);
        assertThat(TOTP.verify(SHA1_SEED, code, NOW, Totp.NEVER_USED)).isEmpty();
    }

    @Test
    void aCodeCannotBeReplayedInItsOwnStep() {
        String code = TOTP.code(SHA1_SEED, NOW_SECONDS);
        OptionalLong used = TOTP.verify(SHA1_SEED, code, NOW, Totp.NEVER_USED);
        assertThat(used).isPresent();
        assertThat(TOTP.verify(SHA1_SEED, code, NOW.plusSeconds(1), used.getAsLong())).isEmpty();
    }

    @Test
    void anOlderCodeIsRefusedOnceALaterStepWasUsed() {
        String previous = TOTP.code(SHA1_SEED, NOW_SECONDS - 30);
        assertThat(TOTP.verify(SHA1_SEED, previous, NOW, NOW_STEP)).isEmpty();
    }

    @Test
    void aWrongCodeIsRefused() {
        String right = TOTP.code(SHA1_SEED, NOW_SECONDS);
        String wrong = String.format("%06d", (Integer.parseInt(right) + 1) % 1_000_000);
        assertThat(TOTP.verify(SHA1_SEED, wrong, NOW, Totp.NEVER_USED)).isEmpty();
    }

    @Test
    void aCodeForAnotherSecretIsRefused() {
        String code = new Totp().code(SHA256_SEED, NOW_SECONDS);
        assertThat(TOTP.verify(SHA1_SEED, code, NOW, Totp.NEVER_USED)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "12345", "1234567", "12345a", "-12345", "12 34 5"})
    void aMalformedCodeIsRefusedWithoutAnException(String malformed) {
        assertThat(TOTP.verify(SHA1_SEED, malformed, NOW, Totp.NEVER_USED)).isEmpty();
    }

    @Test
    void aMissingCodeIsRefusedWithoutAnException() {
        assertThat(TOTP.verify(SHA1_SEED, null, NOW, Totp.NEVER_USED)).isEmpty();
    }

    @Test
    void spacesInATypedCodeAreIgnored() {
        String code = TOTP.code(SHA1_SEED, NOW_SECONDS);
        String spaced = code.substring(0, 3) + " " + code.substring(3);
        assertThat(TOTP.verify(SHA1_SEED, spaced, NOW, Totp.NEVER_USED)).hasValue(NOW_STEP);
    }

    @Test
    void fullWidthDigitsFromAJapaneseImeAreAccepted() {
        String code = TOTP.code(SHA1_SEED, NOW_SECONDS);
        StringBuilder fullWidth = new StringBuilder();
        code.chars().forEach(c -> fullWidth.append((char) ('０' + (c - '0'))));
        assertThat(TOTP.verify(SHA1_SEED, fullWidth.toString(), NOW, Totp.NEVER_USED)).hasValue(NOW_STEP);
    }

    @Test
    void aSecretShorterThan80BitsIsRefused() {
        assertThatThrownBy(() -> TOTP.code(new byte[9], NOW_SECONDS)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TOTP.verify(new byte[9], "000000", NOW, Totp.NEVER_USED))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Totp.otpauthUri(Totp.ISSUER, "operator", "MZXW6YTBOI"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theDemoProfilesPublishedSecretVerifies() {
        byte[] demo = Totp.decodeBase32("JBSWY3DPEHPK3PXP");
        String code = TOTP.code(demo, NOW_SECONDS);
        // A stored last step of 0 is what a fresh credential row holds.
        assertThat(TOTP.verify(demo, code, NOW, 0)).hasValue(NOW_STEP);
    }

    // ---- otpauth URI

    @Test
    void theOtpauthUriCarriesIssuerAccountSecretAndDefaults() {
        String secret = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
        assertThat(Totp.otpauthUri(Totp.ISSUER, "taro@example.jp", secret)).isEqualTo(
                "otpauth://totp/mnledger:taro%40example.jp?secret=" + secret
                        + "&issuer=mnledger&algorithm=SHA1&digits=6&period=30");
    }

    @Test
    void theOtpauthUriWorksForTheDemoProfilesSecret() {
        assertThat(Totp.otpauthUri(Totp.ISSUER, "demo-head", "JBSWY3DPEHPK3PXP")).isEqualTo(
                "otpauth://totp/mnledger:demo-head?secret=JBSWY3DPEHPK3PXP&issuer=mnledger&algorithm=SHA1&digits=6&period=30");
    }

    @Test
    void theOtpauthUriPercentEncodesSpacesAndNonAsciiAccounts() {
        String uri = Totp.otpauthUri("mnledger dev", "山田 太郎", "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP");
        assertThat(uri).startsWith("otpauth://totp/mnledger%20dev:%E5%B1%B1%E7%94%B0%20%E5%A4%AA%E9%83%8E?")
                .contains("&issuer=mnledger%20dev&")
                .doesNotContain("+");
    }

    @Test
    void theOtpauthUriNormalisesAGroupedLowerCaseSecret() {
        String uri = Totp.otpauthUri(Totp.ISSUER, "operator", "jbsw y3dp ehpk 3pxp jbsw y3dp ehpk 3pxp");
        assertThat(uri).contains("?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&");
    }

    @Test
    void aColonInTheAccountIsRefusedBecauseItSeparatesTheLabel() {
        assertThatThrownBy(() -> Totp.otpauthUri(Totp.ISSUER, "evil:account", Totp.generateSecretBase32()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("evil");
    }

    @Test
    void theProvisioningUriReflectsNonDefaultSettings() {
        Totp totp = new Totp(Algorithm.SHA256, 8, 60);
        assertThat(totp.provisioningUri(Totp.ISSUER, "operator", "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"))
                .endsWith("&algorithm=SHA256&digits=8&period=60");
    }

    @Test
    void toStringNamesTheSettingsOnly() {
        assertThat(new Totp()).hasToString("Totp[SHA1, 6 digits, 30 s]");
    }

    private static byte[] seedFor(Algorithm algorithm) {
        return switch (algorithm) {
            case SHA1 -> SHA1_SEED;
            case SHA256 -> SHA256_SEED;
            case SHA512 -> SHA512_SEED;
        };
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
