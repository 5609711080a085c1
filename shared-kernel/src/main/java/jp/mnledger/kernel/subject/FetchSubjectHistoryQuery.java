package jp.mnledger.kernel.subject;

import java.time.Instant;
import jp.mnledger.kernel.access.Permission;
import jp.mnledger.kernel.access.Requires;
import jp.mnledger.kernel.access.SubjectScoped;

/** A subject's lifecycle and accesses up to {@code asOf} (null: until now), oldest first. Never a number. */
@Requires(Permission.VIEW_AUDIT_TRAIL)
public record FetchSubjectHistoryQuery(String companyId, String subjectId, Instant asOf) implements SubjectScoped {
}
