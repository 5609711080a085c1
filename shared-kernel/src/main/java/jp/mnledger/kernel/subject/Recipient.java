package jp.mnledger.kernel.subject;

/** Who a number is provided to (提供先). */
public enum Recipient {
    TAX_OFFICE("税務署"),
    MUNICIPALITY("市区町村"),
    PENSION_OFFICE("年金事務所"),
    HELLO_WORK("ハローワーク"),
    HEALTH_INSURANCE_SOCIETY("健康保険組合"),
    CONTRACTOR("委託先");

    private final String labelJa;

    Recipient(String labelJa) {
        this.labelJa = labelJa;
    }

    public String labelJa() {
        return labelJa;
    }
}
