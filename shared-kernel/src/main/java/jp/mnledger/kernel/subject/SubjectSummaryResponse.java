package jp.mnledger.kernel.subject;

/** One data subject in a masked list: the number is always fully masked (API.md). */
public record SubjectSummaryResponse(String id, SubjectKind kind, String displayName, String employeeCode,
                                     String relatedSubjectId, MyNumberStatus myNumberStatus,
                                     String myNumberMasked) {
}
