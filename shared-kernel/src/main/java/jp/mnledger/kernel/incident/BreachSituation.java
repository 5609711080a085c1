package jp.mnledger.kernel.incident;

/** The reportable situations of 規則第2条 (LAW.md §3.4), in the law's order. */
public enum BreachSituation {
    SPECIFIED_SYSTEM(1, "情報提供ネットワークシステム、個人番号利用事務を処理する情報システム又は行政機関等若しくはその委託先の情報システムにおける特定個人情報の漏えい等"),
    IMPROPER_PURPOSE(2, "不正の目的をもって行われたおそれがある特定個人情報の漏えい等、又は不正な利用・提供"),
    PUBLICLY_VIEWABLE(3, "特定個人情報が電磁的方法により不特定多数の者に閲覧され、又は閲覧されるおそれがある"),
    MANY_PERSONS(4, "漏えい等が発生し、又は発生したおそれがある特定個人情報に係る本人の数が基準を超える");

    private final int number;
    private final String labelJa;

    BreachSituation(int number, String labelJa) {
        this.number = number;
        this.labelJa = labelJa;
    }

    /** The item's number in 規則第2条 as LAW.md lists it. */
    public int number() {
        return number;
    }

    public String labelJa() {
        return labelJa;
    }
}
