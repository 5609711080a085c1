package jp.mnledger.kernel.subject;

/** Who a data subject is to the company. A DEPENDENT belongs to an employee (its related subject). */
public enum SubjectKind {
    OFFICER("役員"),
    EMPLOYEE("従業員"),
    PART_TIME("パート・アルバイト"),
    DEPENDENT("扶養親族"),
    PAYEE("報酬の支払先");

    private final String labelJa;

    SubjectKind(String labelJa) {
        this.labelJa = labelJa;
    }

    public String labelJa() {
        return labelJa;
    }
}
