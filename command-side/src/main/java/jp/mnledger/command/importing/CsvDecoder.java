package jp.mnledger.command.importing;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import jp.mnledger.kernel.error.DomainException;
import jp.mnledger.kernel.error.ErrorCode;

/**
 * Turns an uploaded file's bytes into text. A charset the client declares wins; without one, a UTF-8 byte
 * order mark means UTF-8; otherwise the bytes are UTF-8 if they decode as UTF-8 without a single error,
 * and Windows-31J (Shift_JIS as Excel and Windows write it) if they decode as that. Nothing is ever
 * replaced by a substitute character: a file that decodes in neither is refused, not half-read.
 *
 * <p>"Shift_JIS" is read as Windows-31J, its superset: files labelled Shift_JIS come from Windows and
 * use its extra characters (①, 髙, ㈱ …), which strict JIS X 0208 Shift_JIS would refuse (the WHATWG
 * Encoding Standard does the same).
 */
final class CsvDecoder {

    static final Charset WINDOWS_31J = Charset.forName("Windows-31J");
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    /** The charset labels accepted in {@code Content-Type: text/csv; charset=…}, lower-case. */
    private static final Map<String, Charset> DECLARABLE = Map.ofEntries(
            Map.entry("utf-8", StandardCharsets.UTF_8), Map.entry("utf8", StandardCharsets.UTF_8),
            Map.entry("shift_jis", WINDOWS_31J), Map.entry("shift-jis", WINDOWS_31J), Map.entry("sjis", WINDOWS_31J),
            Map.entry("x-sjis", WINDOWS_31J), Map.entry("windows-31j", WINDOWS_31J), Map.entry("cswindows31j", WINDOWS_31J),
            Map.entry("ms932", WINDOWS_31J), Map.entry("cp932", WINDOWS_31J), Map.entry("windows-932", WINDOWS_31J),
            Map.entry("ms_kanji", WINDOWS_31J), Map.entry("csshiftjis", WINDOWS_31J));

    /** How the encoding was chosen. */
    enum Source { DECLARED, BYTE_ORDER_MARK, DETECTED }

    record Decoded(String text, Charset charset, Source source) {
        String encoding() {
            return charset.name();
        }
    }

    private CsvDecoder() {
    }

    /**
     * @param declaredCharset the charset parameter of the request's Content-Type, or null
     * @throws DomainException IMPORT_CHARSET_UNSUPPORTED for a declared charset other than UTF-8 or
     *                         Shift_JIS/Windows-31J, IMPORT_ENCODING_INVALID for bytes that do not decode
     */
    static Decoded decode(byte[] bytes, String declaredCharset) {
        boolean bom = startsWithBom(bytes);
        if (declaredCharset != null && !declaredCharset.isBlank()) {
            Charset charset = DECLARABLE.get(declaredCharset.strip().replace("\"", "").toLowerCase(Locale.ROOT));
            if (charset == null) {
                throw new DomainException(ErrorCode.IMPORT_CHARSET_UNSUPPORTED);
            }
            int offset = bom && charset.equals(StandardCharsets.UTF_8) ? UTF8_BOM.length : 0;
            return new Decoded(strictly(bytes, offset, charset), charset, Source.DECLARED);
        }
        if (bom) {
            return new Decoded(strictly(bytes, UTF8_BOM.length, StandardCharsets.UTF_8), StandardCharsets.UTF_8,
                    Source.BYTE_ORDER_MARK);
        }
        try {
            return new Decoded(decodeOrThrow(bytes, 0, StandardCharsets.UTF_8), StandardCharsets.UTF_8, Source.DETECTED);
        } catch (CharacterCodingException notUtf8) {
            return new Decoded(strictly(bytes, 0, WINDOWS_31J), WINDOWS_31J, Source.DETECTED);
        }
    }

    private static boolean startsWithBom(byte[] bytes) {
        return bytes.length >= 3 && bytes[0] == UTF8_BOM[0] && bytes[1] == UTF8_BOM[1] && bytes[2] == UTF8_BOM[2];
    }

    private static String strictly(byte[] bytes, int offset, Charset charset) {
        try {
            return decodeOrThrow(bytes, offset, charset);
        } catch (CharacterCodingException e) {
            throw new DomainException(ErrorCode.IMPORT_ENCODING_INVALID);
        }
    }

    private static String decodeOrThrow(byte[] bytes, int offset, Charset charset) throws CharacterCodingException {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                .toString();
    }
}
