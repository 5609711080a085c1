package jp.mnledger.kernel.subject;

/** A change in a subject's relationship with the company. The dead stay protected like the living. */
public enum EmploymentChange {
    STARTED, ENDED, DECEASED
}
