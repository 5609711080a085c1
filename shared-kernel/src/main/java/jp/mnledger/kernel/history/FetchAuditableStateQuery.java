package jp.mnledger.kernel.history;

import java.time.Instant;
import java.util.Objects;
import jp.mnledger.kernel.access.Permission;
import jp.mnledger.kernel.access.Requires;

/**
 * Every company the caller may audit (the companies where they hold {@link Permission#VIEW_AUDIT_TRAIL}), as of
 * {@code asOf}. The gate is {@link Permission#AUDIT_LEDGER} (an auditor-like role anywhere); the answer holds only
 * the caller's own companies, each read recorded as an access to that company.
 */
@Requires(Permission.AUDIT_LEDGER)
public record FetchAuditableStateQuery(Instant asOf) {

    public FetchAuditableStateQuery {
        Objects.requireNonNull(asOf, "asOf");
    }
}
