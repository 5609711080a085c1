package jp.mnledger.kernel.incident;

import jp.mnledger.kernel.access.CompanyScoped;
import jp.mnledger.kernel.access.Permission;
import jp.mnledger.kernel.access.Requires;

/** A company's breach-report drafts (one, when {@code reportId} is given): manager, office head, auditor. */
@Requires(Permission.VIEW_AUDIT_TRAIL)
public record FetchBreachReportsQuery(String companyId, String reportId) implements CompanyScoped {
}
