package jp.mnledger.kernel.subject;

/** The proxy's authority (代理権): a power of attorney (委任状) or, for a legal representative, 戸籍謄本 etc. */
public enum ProxyAuthority {
    POWER_OF_ATTORNEY, FAMILY_REGISTER
}
