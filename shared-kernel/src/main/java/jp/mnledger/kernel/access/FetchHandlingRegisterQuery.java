package jp.mnledger.kernel.access;

/**
 * The company's 取扱状況の記録 (guideline 別添1 C-c): the file, the responsible managers, and per declared
 * purpose who has access and how many subjects' numbers are held — never a number.
 */
@Requires(Permission.VIEW_AUDIT_TRAIL)
public record FetchHandlingRegisterQuery(String companyId) implements CompanyScoped {
}
