package jp.mnledger.command.identity;

import jp.mnledger.kernel.access.Role;
import jp.mnledger.kernel.error.ErrorCode;
import jp.mnledger.kernel.identity.CreateUserAccountCommand;
import jp.mnledger.kernel.identity.GrantRoleCommand;
import jp.mnledger.kernel.identity.RevokeRoleCommand;
import jp.mnledger.kernel.identity.RoleGrantedEvent;
import jp.mnledger.kernel.identity.RoleRevokedEvent;
import jp.mnledger.kernel.identity.UserAccountCreatedEvent;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class UserAccountTest {

    private static final String USER = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d";
    private static final String COMPANY = "7d1f4a52-0c7e-4f3e-9d55-5e1b8c9f0a01";
    private static final String OFFICE = "1e2d3c4b-5a69-4788-9a0b-1c2d3e4f5061";

    private FixtureConfiguration<UserAccount> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(UserAccount.class);
    }

    @Test
    void anAccountIsOpenedWithoutCredentialsInItsEvent() {
        fixture.givenNoPriorActivity()
                .when(new CreateUserAccountCommand(USER, "payroll.sato"))
                .expectEvents(new UserAccountCreatedEvent(USER, "payroll.sato"));
    }

    @Test
    void aCompanyRoleIsGrantedInItsCompany() {
        fixture.given(new UserAccountCreatedEvent(USER, "payroll.sato"))
                .when(new GrantRoleCommand(USER, Role.PAYROLL, null, COMPANY, null))
                .expectEvents(new RoleGrantedEvent(USER, Role.PAYROLL, null, COMPANY, null));
    }

    @Test
    void grantingTheSameRoleTwiceChangesNothing() {
        fixture.given(new UserAccountCreatedEvent(USER, "payroll.sato"), new RoleGrantedEvent(USER, Role.PAYROLL, null, COMPANY, null))
                .when(new GrantRoleCommand(USER, Role.PAYROLL, null, COMPANY, null))
                .expectNoEvents();
    }

    @Test
    void handlerIsNeverGrantedOnlyAppointed() {
        fixture.given(new UserAccountCreatedEvent(USER, "handler.suzuki"))
                .when(new GrantRoleCommand(USER, Role.HANDLER, null, COMPANY, null))
                .expectNoEvents()
                .expectExceptionMessage(ErrorCode.REQUEST_INVALID.name());
    }

    @Test
    void aRoleOutsideItsScopeIsRefused() {
        fixture.given(new UserAccountCreatedEvent(USER, "head.tanaka"))
                .when(new GrantRoleCommand(USER, Role.OFFICE_HEAD, null, COMPANY, null))
                .expectNoEvents()
                .expectExceptionMessage(ErrorCode.REQUEST_INVALID.name());
    }

    @Test
    void aGrantedRoleCanBeRevoked() {
        fixture.given(new UserAccountCreatedEvent(USER, "head.tanaka"), new RoleGrantedEvent(USER, Role.OFFICE_HEAD, OFFICE, null, null))
                .when(new RevokeRoleCommand(USER, Role.OFFICE_HEAD, OFFICE, null, null))
                .expectEvents(new RoleRevokedEvent(USER, Role.OFFICE_HEAD, OFFICE, null, null));
    }
}
