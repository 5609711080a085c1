package jp.mnledger.kernel.retention;

import java.time.Instant;
import java.time.LocalDate;
import jp.mnledger.kernel.subject.SubjectKind;

/** One line of the 廃棄記録: what (subject id, code, kind, basis), when, how, who confirmed. Never a number or name. */
public record DisposalRecordResponse(String subjectId, SubjectKind kind, String employeeCode, LocalDate dueOn,
                                     String documentTypeId, String basis, String method, String certificateId,
                                     boolean automatic, Instant disposedAt, String confirmedBy, String confirmedByName,
                                     String confirmedRole, String eventId) {
}
