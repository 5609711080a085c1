package jp.mnledger.kernel.company;

import org.axonframework.serialization.Revision;

/** The company's tenant key is now {@code version}; {@code rewrappedDataKeys} data keys were re-wrapped under it. */
@Revision("1")
public record TenantKeyRotatedEvent(String companyId, int version, int rewrappedDataKeys) {
}
