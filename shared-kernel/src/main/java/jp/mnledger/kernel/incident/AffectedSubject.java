package jp.mnledger.kernel.incident;

import java.util.List;
import jp.mnledger.kernel.purpose.Purpose;
import jp.mnledger.kernel.subject.SubjectKind;

/**
 * One person the breach may concern, by id only (never a name or a number): what they are to the company, the
 * purposes their number was held for, and — for an account scope — how the account touched their number in the
 * window (REVEALED, PROVIDED, ID_IMAGE_VIEWED, ACQUIRED, VERIFIED, CORRECTED).
 */
public record AffectedSubject(String subjectId, SubjectKind kind, List<Purpose> purposes, List<String> accessedAs) {

    public AffectedSubject {
        purposes = purposes == null ? List.of() : List.copyOf(purposes);
        accessedAs = accessedAs == null ? List.of() : List.copyOf(accessedAs);
    }
}
