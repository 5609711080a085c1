package jp.mnledger.kernel.subject;

/**
 * Who a data subject is to the company. A DEPENDENT belongs to an employee-like subject (its related
 * subject) with a {@link Relationship}; a PAYEE is an individual paid fees (講師, デザイナー …).
 */
public enum SubjectKind {
    OFFICER("役員"),
    EMPLOYEE("従業員"),
    PART_TIME("パート・アルバイト"),
    CONTRACT("契約社員・嘱託"),
    DEPENDENT("扶養親族"),
    PAYEE("報酬の支払先");

    private final String labelJa;

    SubjectKind(String labelJa) {
        this.labelJa = labelJa;
    }

    public String labelJa() {
        return labelJa;
    }

    /** Employed by the company (役員 included): may have dependents, may be 本人確認 "known in person". */
    public boolean employed() {
        return this == OFFICER || this == EMPLOYEE || this == PART_TIME || this == CONTRACT;
    }
}
