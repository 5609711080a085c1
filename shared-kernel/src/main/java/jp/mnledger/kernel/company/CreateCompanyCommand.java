package jp.mnledger.kernel.company;

import jp.mnledger.kernel.number.CorporateNumber;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Register a company (an employer, or a 顧問先 of a 士業 office) whose subjects' numbers we hold. */
public record CreateCompanyCommand(@TargetAggregateIdentifier String companyId, String name,
                                   CorporateNumber corporateNumber) {
}
