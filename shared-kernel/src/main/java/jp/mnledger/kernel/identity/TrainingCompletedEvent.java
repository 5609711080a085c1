package jp.mnledger.kernel.identity;

import org.axonframework.serialization.Revision;

/** A user completed the training (研修) for a version of the company's handling rules. */
@Revision("1")
public record TrainingCompletedEvent(String companyId, String userId, int rulesVersion) {
}
