package jp.mnledger.kernel.access;

/** What a message asks to do; each command and query names the one it needs with {@link Requires}. */
public enum Permission {
    /** Create offices and user accounts, grant roles: the platform administrator (an office head within the office). */
    MANAGE_USERS,
    /** Register a company: the platform administrator, or an office head (as a client of the office). */
    CREATE_COMPANY,
    /** See a company exists (no personal data). */
    VIEW_COMPANY,
    /** Publish handling rules, record trainings, appoint and dismiss handlers: the responsible manager or office head. */
    MANAGE_HANDLERS,
    /** Sign one's own pledge against the current handling rules. */
    SIGN_OWN_PLEDGE,
    /** Register data subjects. */
    REGISTER_SUBJECT,
    /** See the masked subject lists (names, statuses; never a number). */
    VIEW_SUBJECTS_MASKED,
    /** Enter a number (write-only): an appointed handler, or the person themself (and for their dependents). */
    ACQUIRE_NUMBER,
    /** Sign one's own 同意書 (acknowledgement of the handling rules): the person themself. */
    ACKNOWLEDGE_OWN,
    /** Record 本人確認 (number and identity check): an appointed handler with a current pledge. */
    VERIFY_NUMBER,
    /** See a number in clear: only a handler appointed for the purpose at hand, with a current pledge. */
    REVEAL_NUMBER,
    /**
     * Propose and confirm the disposal of subjects whose retention has ended, set the company's retention
     * overrides and confirmation policy, download 削除証明書: the responsible manager or office head.
     */
    MANAGE_RETENTION,
    /**
     * Draft a 漏えい等報告 (番号法第29条の4) from the ledger: the responsible manager or office head. Reading the
     * drafts is {@link #VIEW_AUDIT_TRAIL} (they add the auditor).
     */
    MANAGE_INCIDENTS,
    /** See the handling record, access log, registers and histories (metadata, never a number). */
    VIEW_AUDIT_TRAIL,
    /**
     * Read the ledger's signed tree heads and public keys, and have a fresh head signed: installation-wide and
     * free of personal data, for the platform administrator, office heads, and responsible managers and auditors.
     * A company's evidence bundle (a message naming a company) only for those of that company: its auditor or
     * responsible manager, the head of its office, or the administrator.
     */
    AUDIT_LEDGER,
    /**
     * Open, take the steps of and complete one's own invitation (ADR 0021): the person themself, as the
     * invitation's session holds them (a SELF_SERVICE grant for exactly that subject).
     */
    USE_OWN_INVITATION,
    /** Register one's own dependents (扶養親族) with their 続柄: the person themself (SELF_SERVICE). */
    REGISTER_OWN_DEPENDENT,
    /** Anything an authenticated user may ask about themself. */
    AUTHENTICATED
}
