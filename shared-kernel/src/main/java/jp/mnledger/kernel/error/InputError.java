package jp.mnledger.kernel.error;

/**
 * One thing wrong with an input, located without repeating it: the line (a file's row as a spreadsheet
 * shows it, the heading row being line 1), the column's position and canonical name where known, the
 * stable code and its message in Japanese and English. Never the offending value: it may be personal data.
 *
 * @param line     1-based line, or null when the error is not about one line
 * @param position 1-based column position, or null
 * @param column   the column's canonical name (e.g. {@code displayName}), or null when it has none
 */
public record InputError(Integer line, Integer position, String column, String code, String messageJa,
                         String messageEn) {

    public static InputError of(Integer line, Integer position, String column, ErrorCode code) {
        return new InputError(line, position, column, code.name(), code.messageJa(), code.messageEn());
    }

    public static InputError ofLine(int line, ErrorCode code) {
        return of(line, null, null, code);
    }
}
