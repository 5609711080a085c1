package jp.mnledger.kernel.history;

import java.time.Instant;
import java.util.Objects;
import jp.mnledger.kernel.access.Permission;
import jp.mnledger.kernel.access.Requires;
import jp.mnledger.kernel.access.SubjectScoped;

/** One subject as of {@code asOf}, reconstructed from the event stream; a subject not yet registered then is not found. */
@Requires(Permission.VIEW_AUDIT_TRAIL)
public record FetchSubjectStateQuery(String companyId, String subjectId, Instant asOf) implements SubjectScoped {

    public FetchSubjectStateQuery {
        Objects.requireNonNull(asOf, "asOf");
    }
}
