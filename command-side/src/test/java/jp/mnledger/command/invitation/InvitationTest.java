package jp.mnledger.command.invitation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import jp.mnledger.command.subject.InMemoryDirectory;
import jp.mnledger.kernel.error.DomainException;
import jp.mnledger.kernel.invitation.CompleteInvitationCommand;
import jp.mnledger.kernel.invitation.InvitationCompletedEvent;
import jp.mnledger.kernel.invitation.InvitationIssuedEvent;
import jp.mnledger.kernel.invitation.InvitationReceipt;
import jp.mnledger.kernel.invitation.InvitationRedeemedEvent;
import jp.mnledger.kernel.invitation.InvitationStep;
import jp.mnledger.kernel.invitation.InvitationStepRecordedEvent;
import jp.mnledger.kernel.invitation.IssueInvitationCommand;
import jp.mnledger.kernel.invitation.RecordInvitationStepCommand;
import jp.mnledger.kernel.invitation.RedeemInvitationCommand;
import jp.mnledger.kernel.purpose.Purpose;
import jp.mnledger.kernel.subject.Relationship;
import jp.mnledger.kernel.subject.SubjectKind;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Invitation aggregate's rules: who may be invited, one-time use, expiry, the steps and the receipt. */
class InvitationTest {

    private static final String COMPANY = "c-1";
    private static final String EMPLOYEE = "s-employee";
    private static final String PAYEE = "s-payee";
    private static final String DEPENDENT = "s-dependent";
    private static final String INVITATION = "i-1";
    private static final String HASH = "ab".repeat(32);
    private static final Instant NOW = Instant.parse("2026-11-26T03:00:00Z");
    private static final Instant EXPIRES = NOW.plus(Duration.ofDays(14));

    private FixtureConfiguration<Invitation> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Invitation.class);
        fixture.registerInjectableResource(new InMemoryDirectory().company(COMPANY)
                .subject(COMPANY, EMPLOYEE, SubjectKind.EMPLOYEE).subject(COMPANY, PAYEE, SubjectKind.PAYEE)
                .subject(COMPANY, DEPENDENT, SubjectKind.DEPENDENT));
    }

    private static InvitationIssuedEvent issued(String subject, SubjectKind kind, List<Purpose> purposes) {
        return new InvitationIssuedEvent(INVITATION, COMPANY, subject, kind, HASH, EXPIRES, purposes);
    }

    private static InvitationIssuedEvent employeeIssued() {
        return issued(EMPLOYEE, SubjectKind.EMPLOYEE,
                List.of(Purpose.SOCIAL_INSURANCE, Purpose.EMPLOYMENT_INSURANCE, Purpose.WITHHOLDING_TAX));
    }

    private static RecordInvitationStepCommand step(InvitationStep step, String about, Relationship relationship, Instant at) {
        return new RecordInvitationStepCommand(INVITATION, COMPANY, EMPLOYEE, step, about, relationship, at);
    }

    @Test
    void anEmployeeIsNotifiedOfTheEmploymentPurposesByDefault() {
        fixture.givenNoPriorActivity()
                .when(new IssueInvitationCommand(INVITATION, COMPANY, EMPLOYEE, HASH, EXPIRES, null))
                .expectEvents(employeeIssued());
    }

    @Test
    void aPayeeOfTheReportPurposeAndOnlyDeclaredPurposesAreNotified() {
        fixture.givenNoPriorActivity()
                .when(new IssueInvitationCommand(INVITATION, COMPANY, PAYEE, HASH, EXPIRES, Set.of()))
                .expectEvents(issued(PAYEE, SubjectKind.PAYEE, List.of(Purpose.PAYMENT_REPORT)));
        FixtureConfiguration<Invitation> undeclared = new AggregateTestFixture<>(Invitation.class);
        undeclared.registerInjectableResource(new InMemoryDirectory().company(COMPANY).subject(COMPANY, PAYEE, SubjectKind.PAYEE)
                .declare(COMPANY, EnumSet.of(Purpose.WITHHOLDING_TAX)));
        undeclared.givenNoPriorActivity()
                .when(new IssueInvitationCommand(INVITATION, COMPANY, PAYEE, HASH, EXPIRES, null))
                .expectException(DomainException.class).expectExceptionMessage("PURPOSE_REQUIRED")
                .expectNoEvents();
        undeclared.givenNoPriorActivity()
                .when(new IssueInvitationCommand(INVITATION, COMPANY, PAYEE, HASH, EXPIRES, Set.of(Purpose.PAYMENT_REPORT)))
                .expectException(DomainException.class).expectNoEvents();
    }

    @Test
    void aDependentOrAnUnknownSubjectIsNotInvited() {
        fixture.givenNoPriorActivity()
                .when(new IssueInvitationCommand(INVITATION, COMPANY, DEPENDENT, HASH, EXPIRES, null))
                .expectException(DomainException.class).expectNoEvents()
                .expectException(DomainException.class).expectExceptionMessage("INVITATION_SUBJECT_KIND");
        fixture.givenNoPriorActivity()
                .when(new IssueInvitationCommand(INVITATION, COMPANY, "s-unknown", HASH, EXPIRES, null))
                .expectException(DomainException.class).expectExceptionMessage("SUBJECT_NOT_FOUND").expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(new IssueInvitationCommand(INVITATION, COMPANY, EMPLOYEE, "not-a-hash", EXPIRES, null))
                .expectException(DomainException.class).expectExceptionMessage("REQUEST_INVALID").expectNoEvents();
    }

    @Test
    void theFlowRecordsEachStepAndTheReceiptCountsThem() {
        fixture.given(employeeIssued(), new InvitationRedeemedEvent(INVITATION, COMPANY, EMPLOYEE),
                        new InvitationStepRecordedEvent(INVITATION, COMPANY, EMPLOYEE, InvitationStep.OWN_NUMBER, EMPLOYEE, null),
                        new InvitationStepRecordedEvent(INVITATION, COMPANY, EMPLOYEE, InvitationStep.DEPENDENT, DEPENDENT,
                                Relationship.SPOUSE),
                        new InvitationStepRecordedEvent(INVITATION, COMPANY, EMPLOYEE, InvitationStep.ID_IMAGE, DEPENDENT, null))
                .when(new CompleteInvitationCommand(INVITATION, COMPANY, EMPLOYEE, "UK-20261126-ABCDEF", NOW))
                .expectEvents(new InvitationCompletedEvent(INVITATION, COMPANY, EMPLOYEE, "UK-20261126-ABCDEF", true, 1, 1))
                .expectResultMessagePayload(new InvitationReceipt("UK-20261126-ABCDEF", NOW, true, 1, 1));
    }

    @Test
    void aStepNeedsAnOpenedLinkAndADependentNeedsAnEmployeeAndARelationship() {
        fixture.given(employeeIssued())
                .when(step(InvitationStep.OWN_NUMBER, EMPLOYEE, null, NOW))
                .expectException(DomainException.class).expectExceptionMessage("REQUEST_INVALID").expectNoEvents();
        fixture.given(employeeIssued(), new InvitationRedeemedEvent(INVITATION, COMPANY, EMPLOYEE))
                .when(step(InvitationStep.DEPENDENT, DEPENDENT, null, NOW))
                .expectException(DomainException.class).expectExceptionMessage("REQUEST_INVALID").expectNoEvents();
        fixture.given(issued(PAYEE, SubjectKind.PAYEE, List.of(Purpose.PAYMENT_REPORT)),
                        new InvitationRedeemedEvent(INVITATION, COMPANY, PAYEE))
                .when(new RecordInvitationStepCommand(INVITATION, COMPANY, PAYEE, InvitationStep.DEPENDENT, DEPENDENT,
                        Relationship.CHILD, NOW))
                .expectException(DomainException.class).expectExceptionMessage("REQUEST_INVALID").expectNoEvents();
        fixture.given(employeeIssued(), new InvitationRedeemedEvent(INVITATION, COMPANY, EMPLOYEE))
                .when(step(InvitationStep.DEPENDENT, DEPENDENT, Relationship.CHILD, NOW))
                .expectEvents(new InvitationStepRecordedEvent(INVITATION, COMPANY, EMPLOYEE, InvitationStep.DEPENDENT,
                        DEPENDENT, Relationship.CHILD));
    }

    @Test
    void aSpentExpiredOrForeignInvitationGetsOneAnswer() {
        InvitationCompletedEvent completed = new InvitationCompletedEvent(INVITATION, COMPANY, EMPLOYEE, "UK-1", true, 0, 0);
        fixture.given(employeeIssued(), new InvitationRedeemedEvent(INVITATION, COMPANY, EMPLOYEE), completed)
                .when(new RedeemInvitationCommand(INVITATION, COMPANY, EMPLOYEE, NOW))
                .expectException(DomainException.class).expectExceptionMessage("INVITATION_NOT_USABLE").expectNoEvents();
        fixture.given(employeeIssued(), new InvitationRedeemedEvent(INVITATION, COMPANY, EMPLOYEE), completed)
                .when(step(InvitationStep.ID_IMAGE, EMPLOYEE, null, NOW))
                .expectException(DomainException.class).expectExceptionMessage("INVITATION_NOT_USABLE").expectNoEvents();
        fixture.given(employeeIssued())
                .when(new RedeemInvitationCommand(INVITATION, COMPANY, EMPLOYEE, EXPIRES))
                .expectException(DomainException.class).expectExceptionMessage("INVITATION_NOT_USABLE").expectNoEvents();
        fixture.given(employeeIssued())
                .when(new RedeemInvitationCommand(INVITATION, COMPANY, PAYEE, NOW))
                .expectException(DomainException.class).expectExceptionMessage("INVITATION_NOT_USABLE").expectNoEvents();
        fixture.given(employeeIssued())
                .when(new RedeemInvitationCommand(INVITATION, COMPANY, EMPLOYEE, EXPIRES.minusSeconds(1)))
                .expectEvents(new InvitationRedeemedEvent(INVITATION, COMPANY, EMPLOYEE));
    }

    @Test
    void anOpenedLinkMayBeOpenedAgainUntilItIsCompleted() {
        fixture.given(employeeIssued(), new InvitationRedeemedEvent(INVITATION, COMPANY, EMPLOYEE))
                .when(new RedeemInvitationCommand(INVITATION, COMPANY, EMPLOYEE, NOW))
                .expectEvents(new InvitationRedeemedEvent(INVITATION, COMPANY, EMPLOYEE));
    }

    @Test
    void completingWithNothingSentIsRefused() {
        fixture.given(employeeIssued(), new InvitationRedeemedEvent(INVITATION, COMPANY, EMPLOYEE))
                .when(new CompleteInvitationCommand(INVITATION, COMPANY, EMPLOYEE, "UK-1", NOW))
                .expectException(DomainException.class).expectExceptionMessage("INVITATION_NOTHING_SENT").expectNoEvents();
        assertThat(Invitation.EMPLOYEE_PURPOSES).doesNotContain(Purpose.PAYMENT_REPORT);
    }
}
