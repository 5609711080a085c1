package jp.mnledger.command.importing;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/**
 * The columns of a subject import file, each known by its Japanese heading and its English one (the
 * field name of the registration API). Headings are matched after NFKC normalisation (full-width letters,
 * half-width katakana), ignoring case, spaces, '_' and '-'.
 */
enum ImportColumn {
    KIND("区分", "kind"),
    DISPLAY_NAME("氏名", "displayName"),
    EMPLOYEE_CODE("社員番号", "employeeCode"),
    RELATED_EMPLOYEE_CODE("扶養元社員番号", "relatedEmployeeCode"),
    RELATIONSHIP("続柄", "relationship"),
    OCCUPATION("職種", "occupation"),
    EMPLOYMENT_STARTED_ON("入社日", "employmentStartedOn");

    private final String headingJa;
    private final String headingEn;

    ImportColumn(String headingJa, String headingEn) {
        this.headingJa = headingJa;
        this.headingEn = headingEn;
    }

    String headingJa() {
        return headingJa;
    }

    /** The name errors use for the column. */
    String canonicalName() {
        return headingEn;
    }

    static Optional<ImportColumn> byHeading(String heading) {
        String key = key(heading);
        for (ImportColumn column : values()) {
            if (key.equals(key(column.headingJa)) || key.equals(key(column.headingEn))) {
                return Optional.of(column);
            }
        }
        return Optional.empty();
    }

    /**
     * A heading that names a My Number column (個人番号, マイナンバー, myNumber …). Such a file is refused
     * whole: numbers are collected one by one with their purposes notified, never from a spreadsheet.
     */
    static boolean namesMyNumber(String heading) {
        String key = key(heading);
        return key.contains("個人番号") || key.contains("マイナンバー") || key.contains("mynumber")
                || key.contains("kojinbango") || key.contains("individualnumber");
    }

    static String key(String heading) {
        return Normalizer.normalize(heading, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replaceAll("[\\s_\\-・]", "");
    }
}
