package jp.mnledger.kernel.access;

/** The company's register of handlers: current handling rules, trainings, pledges and appointments. */
@Requires(Permission.VIEW_AUDIT_TRAIL)
public record FetchHandlerRegisterQuery(String companyId) implements CompanyScoped {
}
