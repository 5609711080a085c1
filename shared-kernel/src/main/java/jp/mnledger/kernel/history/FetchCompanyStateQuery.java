package jp.mnledger.kernel.history;

import java.time.Instant;
import java.util.Objects;
import jp.mnledger.kernel.access.CompanyScoped;
import jp.mnledger.kernel.access.Permission;
import jp.mnledger.kernel.access.Requires;

/** One company as of {@code asOf}, reconstructed from the event stream: its subjects, their steps, its access log. */
@Requires(Permission.VIEW_AUDIT_TRAIL)
public record FetchCompanyStateQuery(String companyId, Instant asOf) implements CompanyScoped {

    public FetchCompanyStateQuery {
        Objects.requireNonNull(asOf, "asOf");
    }
}
