package jp.mnledger.command.subject;

import static jp.mnledger.command.subject.DeterministicSealer.sealed;

import jp.mnledger.kernel.error.DomainException;
import jp.mnledger.kernel.seal.PersonalField;
import jp.mnledger.kernel.seal.PersonalName;
import jp.mnledger.kernel.subject.RegisterOwnDependentCommand;
import jp.mnledger.kernel.subject.Relationship;
import jp.mnledger.kernel.subject.SubjectKind;
import jp.mnledger.kernel.subject.SubjectRegisteredEvent;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A person registers their own dependent (an invitation's flow, ADR 0021): the same rules as staff's registration. */
class SubjectOwnDependentTest {

    private static final String COMPANY = "c-1";
    private static final String EMPLOYEE = "s-employee";
    private static final String PAYEE = "s-payee";
    private static final String DEPENDENT = "s-dependent";

    private FixtureConfiguration<Subject> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Subject.class);
        fixture.registerInjectableResource(new InMemoryDirectory().company(COMPANY)
                .subject(COMPANY, EMPLOYEE, SubjectKind.EMPLOYEE).subject(COMPANY, PAYEE, SubjectKind.PAYEE));
        fixture.registerInjectableResource(new DeterministicSealer());
    }

    @Test
    void theDependentIsRegisteredUnderThePersonWithItsRelationshipAndASealedName() {
        fixture.givenNoPriorActivity()
                .when(new RegisterOwnDependentCommand(DEPENDENT, COMPANY, EMPLOYEE, new PersonalName("招待 花子"),
                        Relationship.SPOUSE))
                .expectEvents(new SubjectRegisteredEvent(DEPENDENT, COMPANY, SubjectKind.DEPENDENT,
                        sealed(COMPANY, DEPENDENT, PersonalField.DISPLAY_NAME, "招待 花子"), null, EMPLOYEE,
                        Relationship.SPOUSE, null));
    }

    @Test
    void aPayeeHasNoDependentsAndARelationshipIsRequired() {
        fixture.givenNoPriorActivity()
                .when(new RegisterOwnDependentCommand(DEPENDENT, COMPANY, PAYEE, new PersonalName("招待 花子"),
                        Relationship.SPOUSE))
                .expectException(DomainException.class).expectExceptionMessage("RELATED_SUBJECT_NOT_FOUND").expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(new RegisterOwnDependentCommand(DEPENDENT, COMPANY, EMPLOYEE, new PersonalName("招待 花子"), null))
                .expectException(DomainException.class).expectExceptionMessage("RELATIONSHIP_REQUIRED").expectNoEvents();
    }
}
