package jp.mnledger.kernel.incident;

/** What happened to the data (漏えい等 = 漏えい、滅失又は毀損). */
public enum BreachCategory {
    LEAK("漏えい"),
    LOSS("滅失"),
    DAMAGE("毀損");

    private final String labelJa;

    BreachCategory(String labelJa) {
        this.labelJa = labelJa;
    }

    public String labelJa() {
        return labelJa;
    }
}
