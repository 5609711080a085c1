package jp.mnledger.kernel.retention;

import java.time.LocalDate;
import java.time.Period;
import java.util.Set;
import jp.mnledger.kernel.purpose.Purpose;

/**
 * A kind of document that holds a number, and how long it must be kept (LAW.md §4).
 *
 * @param appliesTo  EMPLOYED (officers, employees, part-time, contract staff — and through them their dependents),
 *                   PAYEE, or ANY
 * @param unverified the legal basis is practice, not a verified provision: shown as such wherever the date is shown
 */
public record DocumentType(String id, String nameJa, Set<Purpose> purposes, String appliesTo, Period period,
                           RetentionStart starts, String basis, String source, boolean unverified) {

    /** The first day this document need no longer be kept, or null while its start fact is missing. */
    public LocalDate dueOn(LocalDate completedOn, LocalDate lastProvisionOn, Period override) {
        LocalDate start = starts.from(completedOn, lastProvisionOn);
        return start == null ? null : start.plus(override == null ? period : override);
    }

    /** Whether the period is at least as long as this type's statutory one (overrides may only lengthen). */
    public boolean notShorterThanStatutory(Period candidate) {
        LocalDate anchor = LocalDate.of(2000, 1, 1);
        return !anchor.plus(candidate).isBefore(anchor.plus(period));
    }
}
