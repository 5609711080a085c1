package jp.mnledger.kernel.retention;

import jp.mnledger.kernel.access.CompanyScoped;
import jp.mnledger.kernel.access.Permission;
import jp.mnledger.kernel.access.Requires;

/**
 * 廃棄記録: the company's disposals, newest first; with a certificate id, only that 削除証明書's (an unknown id
 * answers CERTIFICATE_NOT_FOUND).
 */
@Requires(Permission.VIEW_AUDIT_TRAIL)
public record FetchDisposalRecordsQuery(String companyId, String certificateId) implements CompanyScoped {
}
