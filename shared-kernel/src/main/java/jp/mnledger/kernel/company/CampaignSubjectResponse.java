package jp.mnledger.kernel.company;

import jp.mnledger.kernel.subject.SubjectKind;

/** Where one targeted subject stands in a campaign: OUTSTANDING, COLLECTED, VERIFIED, REFUSED or PURPOSE_NOT_NOTIFIED. */
public record CampaignSubjectResponse(String subjectId, SubjectKind kind, String displayName, String employeeCode,
                                      String relatedSubjectId, String campaignStatus) {
}
