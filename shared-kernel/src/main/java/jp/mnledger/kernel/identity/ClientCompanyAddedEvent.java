package jp.mnledger.kernel.identity;

import org.axonframework.serialization.Revision;

/** A company became a client (顧問先) of an office: the office head oversees it from now on. */
@Revision("1")
public record ClientCompanyAddedEvent(String companyId, String officeId) {
}
