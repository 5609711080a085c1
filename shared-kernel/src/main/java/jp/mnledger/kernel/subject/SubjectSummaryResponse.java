package jp.mnledger.kernel.subject;

/**
 * One data subject in a masked list: the number is always fully masked (API.md). {@code acknowledgedRulesVersion}
 * is the handling-rules version of the person's latest 同意書 (0: none), so payroll sees who has not yet
 * acknowledged the current version. A dependent has its employee ({@code relatedSubjectId}) and 続柄; a payee
 * may have an occupation.
 */
public record SubjectSummaryResponse(String id, SubjectKind kind, String displayName, String employeeCode,
                                     String relatedSubjectId, Relationship relationship, String occupation,
                                     MyNumberStatus myNumberStatus, String myNumberMasked,
                                     int acknowledgedRulesVersion) {
}
