package jp.mnledger.command.lookup;

import java.util.Optional;
import java.util.Set;
import jp.mnledger.kernel.purpose.Purpose;
import jp.mnledger.kernel.subject.SubjectKind;

/** What a command handler may ask before it decides: existence and membership, never personal data. */
public interface SubjectDirectory {

    boolean companyExists(String companyId);

    /** The purposes the company has declared (empty until it declares any). */
    Set<Purpose> declaredPurposes(String companyId);

    /** The company's current handling-rules version (0 before any is published). */
    int currentRulesVersion(String companyId);

    /** The kind of the subject if it exists in that company; empty for a subject of another company. */
    Optional<SubjectKind> subjectKind(String companyId, String subjectId);
}
