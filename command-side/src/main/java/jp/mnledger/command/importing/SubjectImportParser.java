package jp.mnledger.command.importing;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.mnledger.command.importing.CsvTokenizer.CsvRecord;
import jp.mnledger.command.lookup.SubjectDirectory.EmployeeCodeHolder;
import jp.mnledger.kernel.error.DomainException;
import jp.mnledger.kernel.error.ErrorCode;
import jp.mnledger.kernel.error.InputError;
import jp.mnledger.kernel.seal.PersonalName;
import jp.mnledger.kernel.subject.Relationship;
import jp.mnledger.kernel.subject.SubjectKind;

/**
 * Reads and checks a subject import file without storing anything: decoding (see {@link CsvDecoder}),
 * RFC 4180 records, the heading row, then each line against the registration rules — the same ones the
 * Subject aggregate applies, plus the file's own (unique employee codes, dependents named by their
 * employee's code). Errors name the line and column, never the value. Pure: the company's existing
 * employee codes come from the function it is given.
 */
public final class SubjectImportParser {

    static final int MAX_NAME = 300;
    static final int MAX_OCCUPATION = 100;
    static final int MAX_EMPLOYEE_CODE = 64;
    private static final Pattern EMPLOYEE_CODE = Pattern.compile("[\\p{Alnum}._-]*");
    private static final Pattern DATE = Pattern.compile("(\\d{4})([-/])(\\d{1,2})\\2(\\d{1,2})");
    private static final Pattern TWELVE_DIGITS = Pattern.compile("(?<!\\d)\\d{12}(?!\\d)");
    private static final Pattern NUMBER_SEPARATORS = Pattern.compile("[\\s\\-‐‑–—−ー－]");

    private SubjectImportParser() {
    }

    /**
     * @param maxRows          the most data lines accepted
     * @param existingHolders  the company's subjects holding any of the given employee codes
     * @throws DomainException for a fault of the whole file (encoding, size, malformed CSV, headings);
     *                         faults of single lines are returned in the file's errors instead
     */
    public static SubjectImportFile parse(byte[] bytes, String declaredCharset, int maxRows,
                                          Function<Collection<String>, Map<String, EmployeeCodeHolder>> existingHolders) {
        CsvDecoder.Decoded decoded = CsvDecoder.decode(bytes, declaredCharset);
        List<CsvRecord> records = CsvTokenizer.records(decoded.text(), maxRows + 1);
        if (records.isEmpty()) {
            throw new DomainException(ErrorCode.IMPORT_EMPTY);
        }
        Map<Integer, ImportColumn> columns = headings(records.get(0));
        List<CsvRecord> lines = records.subList(1, records.size());
        if (lines.isEmpty()) {
            throw new DomainException(ErrorCode.IMPORT_EMPTY);
        }
        List<Values> values = lines.stream().map(record -> Values.of(record, columns)).toList();
        Set<String> codes = new LinkedHashSet<>();
        values.forEach(v -> {
            addIfPresent(codes, v.code(ImportColumn.EMPLOYEE_CODE));
            addIfPresent(codes, v.code(ImportColumn.RELATED_EMPLOYEE_CODE));
        });
        Map<String, EmployeeCodeHolder> existing = codes.isEmpty() ? Map.of() : existingHolders.apply(codes);
        Map<ImportColumn, Integer> positions = new EnumMap<>(ImportColumn.class);
        columns.forEach((index, column) -> positions.put(column, index + 1));
        return new Checker(values, positions, existing, decoded.encoding(), decoded.source().name()).check();
    }

    private static void addIfPresent(Set<String> codes, String code) {
        if (!code.isEmpty() && code.length() <= MAX_EMPLOYEE_CODE && EMPLOYEE_CODE.matcher(code).matches()) {
            codes.add(code);
        }
    }

    /** Column by position (0-based); refuses the file on a My Number, unknown, repeated or missing column. */
    private static Map<Integer, ImportColumn> headings(CsvRecord heading) {
        List<String> fields = heading.fields();
        for (String field : fields) {
            if (ImportColumn.namesMyNumber(field)) {
                // Alone, and without saying which column: the point is that such a file is never read further.
                throw new DomainException(ErrorCode.IMPORT_MY_NUMBER_COLUMN_REFUSED);
            }
        }
        Map<Integer, ImportColumn> columns = new HashMap<>();
        Map<ImportColumn, Integer> seen = new EnumMap<>(ImportColumn.class);
        List<InputError> unknown = new ArrayList<>();
        List<InputError> repeated = new ArrayList<>();
        for (int i = 0; i < fields.size(); i++) {
            String field = clean(fields.get(i));
            if (field.isEmpty()) {
                continue; // a column without a heading must stay empty (checked per line)
            }
            Optional<ImportColumn> column = ImportColumn.byHeading(field);
            if (column.isEmpty()) {
                unknown.add(InputError.of(heading.line(), i + 1, null, ErrorCode.IMPORT_COLUMN_UNKNOWN));
            } else if (seen.putIfAbsent(column.get(), i) != null) {
                repeated.add(InputError.of(heading.line(), i + 1, column.get().canonicalName(),
                        ErrorCode.IMPORT_COLUMN_DUPLICATE));
            } else {
                columns.put(i, column.get());
            }
        }
        if (!unknown.isEmpty()) {
            throw new DomainException(ErrorCode.IMPORT_COLUMN_UNKNOWN, unknown);
        }
        if (!repeated.isEmpty()) {
            throw new DomainException(ErrorCode.IMPORT_COLUMN_DUPLICATE, repeated);
        }
        List<InputError> missing = new ArrayList<>();
        for (ImportColumn required : List.of(ImportColumn.KIND, ImportColumn.DISPLAY_NAME)) {
            if (!seen.containsKey(required)) {
                missing.add(InputError.of(heading.line(), null, required.canonicalName(), ErrorCode.IMPORT_COLUMN_MISSING));
            }
        }
        if (!missing.isEmpty()) {
            throw new DomainException(ErrorCode.IMPORT_COLUMN_MISSING, missing);
        }
        return columns;
    }

    /** Leading and trailing spaces of any width (the ideographic space included), BOM and NBSP. */
    static String clean(String value) {
        int start = 0;
        int end = value.length();
        while (start < end && isTrimmable(value.charAt(start))) {
            start++;
        }
        while (end > start && isTrimmable(value.charAt(end - 1))) {
            end--;
        }
        return value.substring(start, end);
    }

    private static boolean isTrimmable(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
    }

    /** One line's cells by column, plus whether it has text in columns that have no heading. */
    private record Values(int line, Map<ImportColumn, String> cells, List<Integer> strayPositions) {

        static Values of(CsvRecord record, Map<Integer, ImportColumn> columns) {
            Map<ImportColumn, String> cells = new EnumMap<>(ImportColumn.class);
            List<Integer> stray = new ArrayList<>();
            List<String> fields = record.fields();
            for (int i = 0; i < fields.size(); i++) {
                String value = clean(fields.get(i));
                ImportColumn column = columns.get(i);
                if (column != null) {
                    cells.put(column, value);
                } else if (!value.isEmpty()) {
                    stray.add(i + 1);
                }
            }
            return new Values(record.line(), cells, stray);
        }

        String raw(ImportColumn column) {
            return cells.getOrDefault(column, "");
        }

        /** A code-like value: NFKC turns full-width letters and digits into ASCII. */
        String code(ImportColumn column) {
            return clean(Normalizer.normalize(raw(column), Normalizer.Form.NFKC));
        }

        @Override
        public String toString() {
            return "Values[line=" + line + "]";
        }
    }

    /** Checks every line, knowing the whole file (codes used, who is an employee) and the company's codes. */
    private static final class Checker {

        private final List<Values> lines;
        private final Map<ImportColumn, Integer> positions;
        private final Map<String, EmployeeCodeHolder> existing;
        private final String encoding;
        private final String encodingSource;
        private final Map<String, SubjectKind> kindByFileCode = new HashMap<>();
        private final List<InputError> errors = new ArrayList<>();

        Checker(List<Values> lines, Map<ImportColumn, Integer> positions, Map<String, EmployeeCodeHolder> existing,
                String encoding, String encodingSource) {
            this.lines = lines;
            this.positions = positions;
            this.existing = existing;
            this.encoding = encoding;
            this.encodingSource = encodingSource;
        }

        SubjectImportFile check() {
            for (Values line : lines) {
                String code = line.code(ImportColumn.EMPLOYEE_CODE);
                if (!code.isEmpty() && !kindByFileCode.containsKey(code)) {
                    kindByFileCode.put(code, Labels.kind(line.code(ImportColumn.KIND)).orElse(null));
                }
            }
            List<ImportRow> rows = new ArrayList<>();
            Set<String> codesSoFar = new HashSet<>();
            for (Values line : lines) {
                rows.add(check(line, codesSoFar));
            }
            return new SubjectImportFile(encoding, encodingSource, rows, errors);
        }

        private ImportRow check(Values line, Set<String> codesSoFar) {
            int before = errors.size();
            SubjectKind kind = Labels.kind(line.code(ImportColumn.KIND)).orElse(null);
            if (kind == null) {
                error(line, ImportColumn.KIND, ErrorCode.IMPORT_KIND_INVALID);
            }
            String name = line.raw(ImportColumn.DISPLAY_NAME);
            if (name.isEmpty()) {
                error(line, ImportColumn.DISPLAY_NAME, ErrorCode.IMPORT_NAME_REQUIRED);
            } else {
                freeText(line, ImportColumn.DISPLAY_NAME, name, MAX_NAME);
            }
            String code = employeeCode(line, codesSoFar);
            String related = line.code(ImportColumn.RELATED_EMPLOYEE_CODE);
            String relationshipText = line.code(ImportColumn.RELATIONSHIP);
            Relationship relationship = null;
            String existingRelated = null;
            if (kind == SubjectKind.DEPENDENT) {
                existingRelated = relatedEmployee(line, related);
                if (relationshipText.isEmpty()) {
                    error(line, ImportColumn.RELATIONSHIP, ErrorCode.RELATIONSHIP_REQUIRED);
                } else {
                    relationship = Labels.relationship(relationshipText).orElse(null);
                    if (relationship == null) {
                        error(line, ImportColumn.RELATIONSHIP, ErrorCode.IMPORT_RELATIONSHIP_UNKNOWN);
                    }
                }
            } else if (kind != null) {
                if (!related.isEmpty()) {
                    error(line, ImportColumn.RELATED_EMPLOYEE_CODE, ErrorCode.RELATED_SUBJECT_ONLY_FOR_DEPENDENTS);
                }
                if (!relationshipText.isEmpty()) {
                    error(line, ImportColumn.RELATIONSHIP, ErrorCode.RELATED_SUBJECT_ONLY_FOR_DEPENDENTS);
                }
            }
            String occupation = line.raw(ImportColumn.OCCUPATION);
            if (!occupation.isEmpty()) {
                if (kind != null && kind != SubjectKind.PAYEE) {
                    error(line, ImportColumn.OCCUPATION, ErrorCode.OCCUPATION_ONLY_FOR_PAYEES);
                } else {
                    freeText(line, ImportColumn.OCCUPATION, occupation, MAX_OCCUPATION);
                }
            }
            LocalDate startedOn = startedOn(line, kind);
            for (int position : line.strayPositions()) {
                errors.add(InputError.of(line.line(), position, null, ErrorCode.IMPORT_COLUMN_COUNT));
            }
            boolean valid = errors.size() == before;
            return new ImportRow(line.line(), kind, name.isEmpty() ? null : new PersonalName(name),
                    code.isEmpty() ? null : code, related.isEmpty() || kind != SubjectKind.DEPENDENT ? null : related,
                    relationship, occupation.isEmpty() ? null : occupation, startedOn, existingRelated, valid);
        }

        private String employeeCode(Values line, Set<String> codesSoFar) {
            String code = line.code(ImportColumn.EMPLOYEE_CODE);
            if (code.isEmpty()) {
                return code;
            }
            if (code.length() > MAX_EMPLOYEE_CODE) {
                error(line, ImportColumn.EMPLOYEE_CODE, ErrorCode.IMPORT_VALUE_TOO_LONG);
            } else if (!EMPLOYEE_CODE.matcher(code).matches()) {
                error(line, ImportColumn.EMPLOYEE_CODE, ErrorCode.IMPORT_EMPLOYEE_CODE_FORMAT);
            } else if (!codesSoFar.add(code)) {
                error(line, ImportColumn.EMPLOYEE_CODE, ErrorCode.IMPORT_EMPLOYEE_CODE_DUPLICATE);
            } else if (existing.containsKey(code)) {
                error(line, ImportColumn.EMPLOYEE_CODE, ErrorCode.EMPLOYEE_CODE_TAKEN);
            }
            return code;
        }

        /** The employee a dependent belongs to: in this file, or already registered. Returns an existing one's id. */
        private String relatedEmployee(Values line, String related) {
            if (related.isEmpty()) {
                error(line, ImportColumn.RELATED_EMPLOYEE_CODE, ErrorCode.IMPORT_RELATED_EMPLOYEE_REQUIRED);
                return null;
            }
            if (kindByFileCode.containsKey(related)) {
                SubjectKind relatedKind = kindByFileCode.get(related);
                if (relatedKind != null && !relatedKind.employed()) {
                    error(line, ImportColumn.RELATED_EMPLOYEE_CODE, ErrorCode.IMPORT_RELATED_NOT_EMPLOYED);
                }
                return null;
            }
            EmployeeCodeHolder holder = existing.get(related);
            if (holder == null) {
                error(line, ImportColumn.RELATED_EMPLOYEE_CODE, ErrorCode.IMPORT_RELATED_EMPLOYEE_NOT_FOUND);
                return null;
            }
            if (!holder.kind().employed()) {
                error(line, ImportColumn.RELATED_EMPLOYEE_CODE, ErrorCode.IMPORT_RELATED_NOT_EMPLOYED);
                return null;
            }
            return holder.subjectId();
        }

        private LocalDate startedOn(Values line, SubjectKind kind) {
            String text = line.code(ImportColumn.EMPLOYMENT_STARTED_ON);
            if (text.isEmpty()) {
                return null;
            }
            if (kind == SubjectKind.DEPENDENT) {
                error(line, ImportColumn.EMPLOYMENT_STARTED_ON, ErrorCode.IMPORT_EMPLOYMENT_DATE_NOT_FOR_DEPENDENTS);
                return null;
            }
            Matcher date = DATE.matcher(text);
            if (date.matches()) {
                try {
                    return LocalDate.of(Integer.parseInt(date.group(1)), Integer.parseInt(date.group(3)),
                            Integer.parseInt(date.group(4)));
                } catch (DateTimeException notADay) {
                    // falls through to the error
                }
            }
            error(line, ImportColumn.EMPLOYMENT_STARTED_ON, ErrorCode.IMPORT_DATE_FORMAT);
            return null;
        }

        /** A name or an occupation: not too long, one line, and no number hidden in it. */
        private void freeText(Values line, ImportColumn column, String text, int maxLength) {
            if (text.codePointCount(0, text.length()) > maxLength) {
                error(line, column, ErrorCode.IMPORT_VALUE_TOO_LONG);
            } else if (text.chars().anyMatch(c -> Character.isISOControl(c) || c == '\u2028' || c == '\u2029')) {
                error(line, column, ErrorCode.IMPORT_VALUE_INVALID);
            } else if (TWELVE_DIGITS.matcher(NUMBER_SEPARATORS.matcher(
                    Normalizer.normalize(text, Normalizer.Form.NFKC)).replaceAll("")).find()) {
                error(line, column, ErrorCode.IMPORT_MY_NUMBER_IN_CELL);
            }
        }

        private void error(Values line, ImportColumn column, ErrorCode code) {
            errors.add(InputError.of(line.line(), positions.get(column), column.canonicalName(), code));
        }
    }
}
