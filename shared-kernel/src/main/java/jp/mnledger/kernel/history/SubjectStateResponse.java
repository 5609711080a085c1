package jp.mnledger.kernel.history;

import java.time.Instant;
import java.util.List;
import jp.mnledger.kernel.purpose.Purpose;
import jp.mnledger.kernel.subject.MyNumberStatus;
import jp.mnledger.kernel.subject.Relationship;
import jp.mnledger.kernel.subject.SubjectKind;

/**
 * A subject as of a time: what the subject list showed (status in its vocabulary, the company's own employee code,
 * 続柄, acknowledged rules version — never the name), whether a number was held, the purposes notified at
 * acquisition, how many ID-document images waited in the inbox, and every step up to then, oldest first.
 */
public record SubjectStateResponse(String subjectId, String companyId, SubjectKind kind, String employeeCode,
                                   String relatedSubjectId, Relationship relationship, MyNumberStatus myNumberStatus,
                                   boolean numberHeld, List<Purpose> purposesNotified, int acknowledgedRulesVersion,
                                   int idDocumentImagesHeld, Instant registeredAt, List<HistoryStepResponse> steps) {

    public SubjectStateResponse {
        purposesNotified = List.copyOf(purposesNotified);
        steps = List.copyOf(steps);
    }
}
