package jp.mnledger.command.importing;

import java.util.ArrayList;
import java.util.List;
import jp.mnledger.kernel.error.DomainException;
import jp.mnledger.kernel.error.ErrorCode;
import jp.mnledger.kernel.error.InputError;

/**
 * RFC 4180 records from text: fields separated by commas, records by CRLF, LF or CR; a field in double
 * quotes may hold commas, line breaks and doubled quotes. A record's line is its row as a spreadsheet
 * shows it (the first record is line 1, a line break inside quotes does not start a new one). Blank
 * records (nothing but empty fields, as Excel writes for an empty row) are skipped but still counted, so
 * line numbers keep matching the spreadsheet.
 */
final class CsvTokenizer {

    record CsvRecord(int line, List<String> fields) {
        @Override
        public String toString() {
            return "CsvRecord[line=" + line + ", fields=" + fields.size() + "]";
        }
    }

    private CsvTokenizer() {
    }

    /**
     * @param maxRecords the most non-blank records accepted (heading included)
     * @throws DomainException IMPORT_CSV_MALFORMED (an unclosed quote, or text after a closing quote),
     *                         IMPORT_TOO_MANY_ROWS
     */
    static List<CsvRecord> records(String text, int maxRecords) {
        List<CsvRecord> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int line = 1;
        boolean inQuotes = false;
        boolean closedQuote = false;
        boolean fieldStarted = false;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (inQuotes) {
                if (c != '"') {
                    field.append(c);
                } else if (i + 1 < length && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else {
                    inQuotes = false;
                    closedQuote = true;
                }
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                closedQuote = false;
                fieldStarted = false;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < length && text.charAt(i + 1) == '\n') {
                    i++;
                }
                fields.add(field.toString());
                add(records, line, fields, maxRecords);
                fields = new ArrayList<>();
                field.setLength(0);
                closedQuote = false;
                fieldStarted = false;
                line++;
            } else if (closedQuote) {
                if (!isSpace(c)) {
                    throw malformed(line);
                }
            } else if (c == '"' && !fieldStarted) {
                field.setLength(0);
                inQuotes = true;
                fieldStarted = true;
            } else {
                field.append(c);
                fieldStarted = fieldStarted || !isSpace(c);
            }
        }
        if (inQuotes) {
            throw malformed(line);
        }
        if (!fields.isEmpty() || field.length() > 0 || closedQuote) {
            fields.add(field.toString());
            add(records, line, fields, maxRecords);
        }
        return records;
    }

    private static void add(List<CsvRecord> records, int line, List<String> fields, int maxRecords) {
        if (fields.stream().allMatch(f -> f.isBlank())) {
            return;
        }
        if (records.size() >= maxRecords) {
            throw new DomainException(ErrorCode.IMPORT_TOO_MANY_ROWS);
        }
        records.add(new CsvRecord(line, List.copyOf(fields)));
    }

    /** Spaces around a quoted field are tolerated (some tools pad), including the ideographic space. */
    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u3000';
    }

    private static DomainException malformed(int line) {
        return new DomainException(ErrorCode.IMPORT_CSV_MALFORMED, List.of(InputError.ofLine(line, ErrorCode.IMPORT_CSV_MALFORMED)));
    }
}
