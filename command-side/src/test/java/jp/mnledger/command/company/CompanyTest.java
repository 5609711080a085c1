package jp.mnledger.command.company;

import jp.mnledger.kernel.company.CompanyCreatedEvent;
import jp.mnledger.kernel.company.CreateCompanyCommand;
import jp.mnledger.kernel.number.CorporateNumber;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

class CompanyTest {

    private static final String COMPANY = "7d1f4a52-0c7e-4f3e-9d55-5e1b8c9f0a01";

    @Test
    void creatingACompanyRecordsItsPublicCorporateNumber() {
        new AggregateTestFixture<>(Company.class)
                .givenNoPriorActivity()
                .when(new CreateCompanyCommand(COMPANY, "株式会社サンプル", CorporateNumber.parse("7000012050002")))
                .expectEvents(new CompanyCreatedEvent(COMPANY, "株式会社サンプル", "7000012050002"));
    }

    @Test
    void aCompanyMayHaveNoCorporateNumber() {
        new AggregateTestFixture<>(Company.class)
                .givenNoPriorActivity()
                .when(new CreateCompanyCommand(COMPANY, "山田商店", null))
                .expectEvents(new CompanyCreatedEvent(COMPANY, "山田商店", null));
    }
}
