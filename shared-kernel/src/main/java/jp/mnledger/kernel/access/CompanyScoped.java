package jp.mnledger.kernel.access;

/** A message about one company's data; the policy checks the caller's grants in that company. */
public interface CompanyScoped {
    String companyId();
}
