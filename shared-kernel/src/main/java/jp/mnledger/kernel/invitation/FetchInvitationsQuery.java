package jp.mnledger.kernel.invitation;

import jp.mnledger.kernel.access.Permission;
import jp.mnledger.kernel.access.Requires;
import jp.mnledger.kernel.access.SubjectScoped;

/** Every invitation of a subject, newest first, with its state and times: the submission history. */
@Requires(Permission.VIEW_SUBJECTS_MASKED)
public record FetchInvitationsQuery(String companyId, String subjectId) implements SubjectScoped {
}
