package jp.mnledger.kernel.subject;

import org.axonframework.serialization.Revision;

/** 本人確認 was completed: which documents were seen for the number, the identity and (if any) the proxy. */
@Revision("1")
public record MyNumberVerifiedEvent(String subjectId, String companyId, NumberCheckDocument numberCheck,
                                    IdentityCheckDocument identityCheck, ProxyAuthority proxyAuthority,
                                    IdentityCheckDocument proxyIdentityCheck) {
}
