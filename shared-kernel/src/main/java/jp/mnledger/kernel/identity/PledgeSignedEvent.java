package jp.mnledger.kernel.identity;

import org.axonframework.serialization.Revision;

/** A user signed the pledge (誓約書) against a version of the company's handling rules. */
@Revision("1")
public record PledgeSignedEvent(String companyId, String userId, int rulesVersion) {
}
