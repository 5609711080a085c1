package jp.mnledger.kernel.retention;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import jp.mnledger.kernel.purpose.Purpose;
import jp.mnledger.kernel.subject.SubjectKind;

/**
 * What a subject's events say that retention depends on. A dependent's dates are its employee's.
 *
 * @param employmentStartedOn the latest start (a continuing contract for a payee)
 * @param employmentEndedOn   the end after that start, or null while it continues
 * @param lastProvisionOn     per purpose, the last day the number was provided for it
 */
public record RetentionFacts(SubjectKind kind, boolean numberHeld, Set<Purpose> purposesNotified,
                             LocalDate employmentStartedOn, LocalDate employmentEndedOn, LocalDate deceasedOn,
                             Map<Purpose, LocalDate> lastProvisionOn) {

    /** The 完結の日: death, or the end of employment (or of a payee's continuing contract). */
    public LocalDate completedOn() {
        if (deceasedOn != null) {
            return deceasedOn;
        }
        return employmentEndedOn;
    }

    /** Still employed (or a payee's contract still running): the number is kept year to year. */
    public boolean continuing() {
        return deceasedOn == null && employmentStartedOn != null && employmentEndedOn == null;
    }
}
