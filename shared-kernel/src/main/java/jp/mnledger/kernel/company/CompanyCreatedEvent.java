package jp.mnledger.kernel.company;

import org.axonframework.serialization.Revision;

/** A company was registered. Its corporate number is public (法人番号公表サイト), so it is stored in clear. */
@Revision("1")
public record CompanyCreatedEvent(String companyId, String name, String corporateNumber) {
}
