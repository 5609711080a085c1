package jp.mnledger.kernel.retention;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/**
 * 廃棄記録: the subject's personal data was erased by destroying its data key (method CRYPTOGRAPHIC_ERASE,
 * NIST SP 800-88 Rev.1), with the due date and basis, which 削除証明書 it belongs to, and whether the company's
 * automatic-confirmation policy confirmed it. Who confirmed is the event's audit metadata. Never a number.
 */
@Revision("1")
public record SubjectDisposedEvent(String subjectId, String companyId, LocalDate dueOn, String documentTypeId,
                                   String basis, String method, String certificateId, boolean automatic) {

    public static final String CRYPTOGRAPHIC_ERASE = "CRYPTOGRAPHIC_ERASE";
}
