package jp.mnledger.kernel.company;

import jp.mnledger.kernel.access.OfficeScoped;
import jp.mnledger.kernel.access.Permission;
import jp.mnledger.kernel.access.Requires;
import jp.mnledger.kernel.number.CorporateNumber;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Register a company (an employer, or a 顧問先 of a 士業 office) whose subjects' numbers we hold. With an
 * office, the company becomes that office's client.
 */
@Requires(Permission.CREATE_COMPANY)
public record CreateCompanyCommand(@TargetAggregateIdentifier String companyId, String name,
                                   CorporateNumber corporateNumber, String officeId)
        implements OfficeScoped {
}
