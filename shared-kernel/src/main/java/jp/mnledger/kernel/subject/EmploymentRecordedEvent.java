package jp.mnledger.kernel.subject;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** Employment started or ended, or the subject died, on a date. */
@Revision("1")
public record EmploymentRecordedEvent(String subjectId, String companyId, EmploymentChange change, LocalDate effectiveOn) {
}
