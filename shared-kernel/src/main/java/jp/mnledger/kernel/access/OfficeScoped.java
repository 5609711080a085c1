package jp.mnledger.kernel.access;

/** A message about one office (for example, a company created as the office's client). */
public interface OfficeScoped {
    String officeId();
}
