package jp.mnledger.kernel.subject;

/** A dependent's relationship (続柄) to the employee it belongs to. */
public enum Relationship {
    SPOUSE("配偶者"),
    CHILD("子"),
    PARENT("父母"),
    GRANDPARENT("祖父母"),
    GRANDCHILD("孫"),
    SIBLING("兄弟姉妹"),
    OTHER_RELATIVE("その他の親族");

    private final String labelJa;

    Relationship(String labelJa) {
        this.labelJa = labelJa;
    }

    public String labelJa() {
        return labelJa;
    }
}
