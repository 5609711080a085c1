package jp.mnledger.kernel.company;

import jp.mnledger.kernel.access.CompanyScoped;
import jp.mnledger.kernel.access.Permission;
import jp.mnledger.kernel.access.Requires;

/** The company's collection campaigns with their progress, newest first. */
@Requires(Permission.VIEW_SUBJECTS_MASKED)
public record FetchCampaignsQuery(String companyId) implements CompanyScoped {
}
