package jp.mnledger.kernel.retention;

import java.time.LocalDate;

/**
 * When a subject's disposal is due, and why: the document type with the latest due date, its legal basis
 * and whether that basis is unverified. {@link #NOT_DUE} while the business still needs the number.
 */
public record RetentionDue(LocalDate dueOn, String documentTypeId, String documentNameJa, String basis, boolean unverified) {

    public static final RetentionDue NOT_DUE = new RetentionDue(null, null, null, null, false);

    public boolean isDue(LocalDate today) {
        return dueOn != null && !dueOn.isAfter(today);
    }
}
