package jp.mnledger.kernel.retention;

import org.axonframework.serialization.Revision;

/** The company's choice: due disposals confirmed automatically by the sweep, or by the responsible manager. */
@Revision("1")
public record DisposalConfirmationPolicySetEvent(String companyId, boolean automatic) {
}
