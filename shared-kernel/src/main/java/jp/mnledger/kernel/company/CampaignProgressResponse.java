package jp.mnledger.kernel.company;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import jp.mnledger.kernel.purpose.Purpose;
import jp.mnledger.kernel.subject.SubjectKind;

/**
 * A collection campaign's progress. The five counts are disjoint and add up to {@code targeted}:
 * outstanding (no number, no refusal), collected (held, awaiting 本人確認), verified, refused (the person
 * declined, recorded), and purposeNotNotified (held, but not for every purpose of the campaign — it may
 * not be used for it). {@code subjects} is filled only for a single campaign.
 */
public record CampaignProgressResponse(String id, String name, List<Purpose> purposes, List<SubjectKind> subjectKinds,
                                       LocalDate dueOn, Instant openedAt, int targeted, int outstanding, int collected,
                                       int verified, int refused, int purposeNotNotified,
                                       List<CampaignSubjectResponse> subjects) {
}
