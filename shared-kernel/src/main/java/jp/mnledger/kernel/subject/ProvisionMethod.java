package jp.mnledger.kernel.subject;

/** How a number is provided. */
public enum ProvisionMethod {
    E_TAX, ELTAX, E_GOV, PAPER
}
