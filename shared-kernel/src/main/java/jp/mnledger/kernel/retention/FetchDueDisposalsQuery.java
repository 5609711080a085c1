package jp.mnledger.kernel.retention;

import java.time.LocalDate;
import jp.mnledger.kernel.access.CompanyScoped;
import jp.mnledger.kernel.access.Permission;
import jp.mnledger.kernel.access.Requires;

/** For the sweep: subjects whose disposal is due on or before {@code asOf}: not yet proposed, or proposed and to be confirmed automatically. */
@Requires(Permission.MANAGE_RETENTION)
public record FetchDueDisposalsQuery(String companyId, LocalDate asOf) implements CompanyScoped {
}
