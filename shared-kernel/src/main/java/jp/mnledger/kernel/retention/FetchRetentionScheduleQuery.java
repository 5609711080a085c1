package jp.mnledger.kernel.retention;

import jp.mnledger.kernel.access.CompanyScoped;
import jp.mnledger.kernel.access.Permission;
import jp.mnledger.kernel.access.Requires;

/** 保存期間の予定: each held number's disposal date and its basis, soonest first; subjects still needed last. */
@Requires(Permission.VIEW_AUDIT_TRAIL)
public record FetchRetentionScheduleQuery(String companyId) implements CompanyScoped {
}
