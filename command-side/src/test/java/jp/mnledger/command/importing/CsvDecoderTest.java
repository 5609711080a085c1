package jp.mnledger.command.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import jp.mnledger.kernel.error.DomainException;
import jp.mnledger.kernel.error.ErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvDecoderTest {

    /** ① and 髙 exist in Windows-31J (Excel's Shift_JIS) but not in JIS X 0208 Shift_JIS. */
    private static final String WINDOWS_ONLY = "髙橋 ①郎";
    private static final Charset WINDOWS_31J = Charset.forName("Windows-31J");

    @Test
    void plainUtf8IsDetected() {
        CsvDecoder.Decoded decoded = CsvDecoder.decode("氏名\n山田 太郎".getBytes(StandardCharsets.UTF_8), null);

        assertThat(decoded.text()).isEqualTo("氏名\n山田 太郎");
        assertThat(decoded.encoding()).isEqualTo("UTF-8");
        assertThat(decoded.source()).isEqualTo(CsvDecoder.Source.DETECTED);
    }

    @Test
    void aByteOrderMarkMeansUtf8AndIsDropped() {
        byte[] text = "氏名".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);

        CsvDecoder.Decoded decoded = CsvDecoder.decode(withBom, null);

        assertThat(decoded.text()).isEqualTo("氏名");
        assertThat(decoded.source()).isEqualTo(CsvDecoder.Source.BYTE_ORDER_MARK);
    }

    @Test
    void bytesThatAreNotUtf8AreReadAsWindows31jIncludingItsOwnCharacters() throws Exception {
        assertThat(Charset.forName("Shift_JIS").newEncoder().canEncode('髙')).as("why not plain Shift_JIS").isFalse();
        byte[] bytes = ("区分,氏名\n従業員," + WINDOWS_ONLY).getBytes("Windows-31J");

        CsvDecoder.Decoded decoded = CsvDecoder.decode(bytes, null);

        assertThat(decoded.text()).isEqualTo("区分,氏名\n従業員," + WINDOWS_ONLY);
        assertThat(decoded.encoding()).isEqualTo("windows-31j");
        assertThat(decoded.source()).isEqualTo(CsvDecoder.Source.DETECTED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Shift_JIS", "shift_jis", "SJIS", "\"Shift_JIS\"", "windows-31j", "MS932", "cp932"})
    void aDeclaredShiftJisIsReadAsWindows31j(String label) {
        CsvDecoder.Decoded decoded = CsvDecoder.decode(WINDOWS_ONLY.getBytes(WINDOWS_31J), label);

        assertThat(decoded.text()).isEqualTo(WINDOWS_ONLY);
        assertThat(decoded.source()).isEqualTo(CsvDecoder.Source.DECLARED);
    }

    @Test
    void aDeclaredCharsetWinsOverDetection() {
        // Pure ASCII would be detected as UTF-8; the declaration says otherwise and is believed.
        CsvDecoder.Decoded decoded = CsvDecoder.decode("kind".getBytes(StandardCharsets.US_ASCII), "Shift_JIS");

        assertThat(decoded.charset()).isEqualTo(WINDOWS_31J);
    }

    @Test
    void bytesThatDoNotFitTheDeclaredCharsetAreRefusedNotReplaced() {
        assertThatThrownBy(() -> CsvDecoder.decode(WINDOWS_ONLY.getBytes(WINDOWS_31J), "UTF-8"))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.IMPORT_ENCODING_INVALID));
    }

    @Test
    void bytesThatAreNeitherUtf8NorWindows31jAreRefused() {
        assertThatThrownBy(() -> CsvDecoder.decode(new byte[] {'a', (byte) 0xFF, 'b'}, null))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.IMPORT_ENCODING_INVALID));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ISO-8859-1", "UTF-16", "EUC-JP", "no-such-charset"})
    void otherDeclaredCharsetsAreRefused(String label) {
        assertThatThrownBy(() -> CsvDecoder.decode("a".getBytes(StandardCharsets.US_ASCII), label))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.IMPORT_CHARSET_UNSUPPORTED));
    }
}
