package jp.mnledger.kernel.subject;

/** Where a subject's number stands in its lifecycle, as the masked views show it (API.md). */
public enum MyNumberStatus {
    NOT_ACQUIRED,
    ACQUIRED,
    VERIFIED,
    REFUSED,
    DISPOSAL_DUE,
    DISPOSED
}
