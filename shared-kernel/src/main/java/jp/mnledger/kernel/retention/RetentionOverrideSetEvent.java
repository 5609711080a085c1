package jp.mnledger.kernel.retention;

import org.axonframework.serialization.Revision;

/** A company's retention override (ISO-8601 period) for one document type of the policy version named. */
@Revision("1")
public record RetentionOverrideSetEvent(String companyId, int policyVersion, String documentTypeId, String period,
                                        String reason) {
}
