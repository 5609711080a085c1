package jp.mnledger.kernel.purpose;

/**
 * The 個人番号関係事務 a number may be used for (API.md). Extend only with a legal basis in LAW.md.
 */
public enum Purpose {
    SOCIAL_INSURANCE("健康保険・厚生年金"),
    EMPLOYMENT_INSURANCE("雇用保険"),
    WORKERS_COMPENSATION("労災保険"),
    WITHHOLDING_TAX("源泉徴収票・給与支払報告書・年末調整"),
    PAYMENT_REPORT("支払調書"),
    RESIDENT_TAX("住民税"),
    TAX_FILING("その他の税務申告");

    private final String labelJa;

    Purpose(String labelJa) {
        this.labelJa = labelJa;
    }

    public String labelJa() {
        return labelJa;
    }

    /** Purposes as stored in a read or lookup table: names joined by commas (empty for none). */
    public static String toCsv(java.util.Collection<Purpose> purposes) {
        return purposes.stream().map(Enum::name).sorted().collect(java.util.stream.Collectors.joining(","));
    }

    /** The inverse of {@link #toCsv}; null or blank gives the empty set. */
    public static java.util.Set<Purpose> fromCsv(String csv) {
        java.util.Set<Purpose> purposes = java.util.EnumSet.noneOf(Purpose.class);
        if (csv != null && !csv.isBlank()) {
            for (String name : csv.split(",")) {
                purposes.add(Purpose.valueOf(name));
            }
        }
        return purposes;
    }
}
