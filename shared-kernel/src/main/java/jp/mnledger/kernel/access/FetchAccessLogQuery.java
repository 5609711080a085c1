package jp.mnledger.kernel.access;

/** A company's access log: authorisation decisions (denied, and granted reads of personal data), newest first. */
@Requires(Permission.VIEW_AUDIT_TRAIL)
public record FetchAccessLogQuery(String companyId, int limit) implements CompanyScoped {
}
