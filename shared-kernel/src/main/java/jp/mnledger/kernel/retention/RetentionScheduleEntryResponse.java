package jp.mnledger.kernel.retention;

import java.time.LocalDate;
import jp.mnledger.kernel.subject.SubjectKind;

/**
 * One subject in the retention schedule. {@code dueOn} is null while the business still needs the number
 * (employed, contract running, report not filed); {@code status}: HELD, PROPOSED (DISPOSAL_DUE) or DISPOSED.
 */
public record RetentionScheduleEntryResponse(String subjectId, SubjectKind kind, String displayName, String employeeCode,
                                             String relatedSubjectId, LocalDate dueOn, String documentTypeId,
                                             String documentName, String basis, boolean unverified, String status) {
}
