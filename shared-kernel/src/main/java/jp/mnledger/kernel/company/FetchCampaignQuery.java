package jp.mnledger.kernel.company;

import jp.mnledger.kernel.access.CompanyScoped;
import jp.mnledger.kernel.access.Permission;
import jp.mnledger.kernel.access.Requires;

/** One campaign: its progress and where each targeted subject stands (masked). */
@Requires(Permission.VIEW_SUBJECTS_MASKED)
public record FetchCampaignQuery(String companyId, String campaignId) implements CompanyScoped {
}
