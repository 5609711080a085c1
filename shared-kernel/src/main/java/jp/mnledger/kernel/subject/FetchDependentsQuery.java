package jp.mnledger.kernel.subject;

import jp.mnledger.kernel.access.CompanyScoped;
import jp.mnledger.kernel.access.Permission;
import jp.mnledger.kernel.access.Requires;

/** The dependents registered under one employee of a company, masked, with their 続柄 and number status. */
@Requires(Permission.VIEW_SUBJECTS_MASKED)
public record FetchDependentsQuery(String companyId, String employeeId) implements CompanyScoped {
}
