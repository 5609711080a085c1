package jp.mnledger.kernel.retention;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** The subject's retention has ended (status DISPOSAL_DUE): due date, and the document type and basis that set it. */
@Revision("1")
public record DisposalProposedEvent(String subjectId, String companyId, LocalDate dueOn, String documentTypeId,
                                    String basis) {
}
