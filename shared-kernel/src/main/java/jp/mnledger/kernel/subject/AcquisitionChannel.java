package jp.mnledger.kernel.subject;

/** How a number reached the company (取得の方法). */
public enum AcquisitionChannel {
    /** The person entered it online themselves. */
    SELF_SERVICE,
    /** On paper (a form or a copy of a document). */
    PAPER,
    /** Shown in person to a handler. */
    IN_PERSON,
    /** Through a proxy (代理人) with a power of attorney (委任状). */
    PROXY,
    /** An employee on behalf of a dependent. */
    EMPLOYEE_FOR_DEPENDENT
}
