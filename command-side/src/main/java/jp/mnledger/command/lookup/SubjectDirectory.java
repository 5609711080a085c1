package jp.mnledger.command.lookup;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jp.mnledger.kernel.purpose.Purpose;
import jp.mnledger.kernel.subject.SubjectKind;

/**
 * What a command handler may ask before it decides: existence and membership, never personal data. The
 * one write is {@link #claimEmployeeCode}: a uniqueness reservation made in the command's transaction,
 * so a rolled-back command releases it and a concurrent claim of the same code waits for the outcome.
 */
public interface SubjectDirectory {

    boolean companyExists(String companyId);

    /** The purposes the company has declared (empty until it declares any). */
    Set<Purpose> declaredPurposes(String companyId);

    /** The company's current handling-rules version (0 before any is published). */
    int currentRulesVersion(String companyId);

    /** The kind of the subject if it exists in that company; empty for a subject of another company. */
    Optional<SubjectKind> subjectKind(String companyId, String subjectId);

    /**
     * Reserves the employee code for the subject within its company. False when another subject holds it
     * (a claim by a transaction still open elsewhere is waited for, then decided by its outcome).
     */
    boolean claimEmployeeCode(String companyId, String employeeCode, String subjectId);

    /** The subjects of the company that hold any of these employee codes, by code. */
    Map<String, EmployeeCodeHolder> employeeCodeHolders(String companyId, Collection<String> employeeCodes);

    /** The subject that holds an employee code in its company, and what kind of subject it is. */
    record EmployeeCodeHolder(String subjectId, SubjectKind kind) {
    }
}
