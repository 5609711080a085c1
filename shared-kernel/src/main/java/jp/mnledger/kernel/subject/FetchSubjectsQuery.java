package jp.mnledger.kernel.subject;

import jp.mnledger.kernel.access.CompanyScoped;
import jp.mnledger.kernel.access.Permission;
import jp.mnledger.kernel.access.Requires;

/** A company's data subjects, masked. */
@Requires(Permission.VIEW_SUBJECTS_MASKED)
public record FetchSubjectsQuery(String companyId) implements CompanyScoped {
}
