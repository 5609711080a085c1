package jp.mnledger.command.subject;

import static jp.mnledger.command.subject.DeterministicSealer.sealed;

import java.util.List;
import java.util.Set;
import jp.mnledger.kernel.error.DomainException;
import jp.mnledger.kernel.error.ErrorCode;
import jp.mnledger.kernel.number.MyNumber;
import jp.mnledger.kernel.purpose.Purpose;
import jp.mnledger.kernel.seal.PersonalField;
import jp.mnledger.kernel.seal.PersonalName;
import jp.mnledger.kernel.subject.AcquireMyNumberCommand;
import jp.mnledger.kernel.subject.AcquisitionChannel;
import jp.mnledger.kernel.subject.MyNumberAcquiredEvent;
import jp.mnledger.kernel.subject.RegisterSubjectCommand;
import jp.mnledger.kernel.subject.SubjectKind;
import jp.mnledger.kernel.subject.Relationship;
import jp.mnledger.kernel.subject.SubjectRegisteredEvent;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SubjectTest {

    private static final String COMPANY = "7d1f4a52-0c7e-4f3e-9d55-5e1b8c9f0a01";
    private static final String OTHER_COMPANY = "a3c9e1f0-55d2-4a8b-8c61-0f2d9b7e4c02";
    private static final String EMPLOYEE = "0b6a2f4e-9f21-4d3a-8e7c-1c2d3e4f5a03";
    private static final String DEPENDENT = "5e4d3c2b-1a09-4f8e-9d7c-6b5a4f3e2d04";
    private static final String PAYEE = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c05";
    private static final String NUMBER = "123456789018";

    private FixtureConfiguration<Subject> fixture;
    private InMemoryDirectory directory;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Subject.class);
        directory = new InMemoryDirectory().company(COMPANY).subject(COMPANY, EMPLOYEE, SubjectKind.EMPLOYEE);
        fixture.registerInjectableResource(directory);
        fixture.registerInjectableResource(new DeterministicSealer());
    }

    private static SubjectRegisteredEvent employeeRegistered() {
        return new SubjectRegisteredEvent(EMPLOYEE, COMPANY, SubjectKind.EMPLOYEE,
                sealed(COMPANY, EMPLOYEE, PersonalField.DISPLAY_NAME, "山田 太郎"), "E001", null, null, null);
    }

    private static AcquireMyNumberCommand acquire(String company, Set<Purpose> purposes) {
        return new AcquireMyNumberCommand(EMPLOYEE, company, MyNumber.parse(NUMBER), AcquisitionChannel.SELF_SERVICE,
                purposes);
    }

    @Test
    void registeringASubjectSealsItsName() {
        fixture.givenNoPriorActivity()
                .when(new RegisterSubjectCommand(EMPLOYEE, COMPANY, SubjectKind.EMPLOYEE, new PersonalName("山田 太郎"),
                        "E001", null, null, null))
                .expectSuccessfulHandlerExecution()
                .expectEvents(employeeRegistered());
    }

    @Test
    void anEmployeeCodeHeldByAnotherSubjectOfTheCompanyIsRefused() {
        directory.claimEmployeeCode(COMPANY, "E001", PAYEE);
        fixture.givenNoPriorActivity()
                .when(new RegisterSubjectCommand(EMPLOYEE, COMPANY, SubjectKind.EMPLOYEE, new PersonalName("山田 太郎"),
                        "E001", null, null, null))
                .expectNoEvents()
                .expectExceptionMessage(ErrorCode.EMPLOYEE_CODE_TAKEN.name());
    }

    @Test
    void theSameEmployeeCodeMayBeUsedInAnotherCompany() {
        directory.company(OTHER_COMPANY).claimEmployeeCode(OTHER_COMPANY, "E001", PAYEE);
        fixture.givenNoPriorActivity()
                .when(new RegisterSubjectCommand(EMPLOYEE, COMPANY, SubjectKind.EMPLOYEE, new PersonalName("山田 太郎"),
                        "E001", null, null, null))
                .expectEvents(employeeRegistered());
    }

    @Test
    void aSubjectOfAnUnknownCompanyIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new RegisterSubjectCommand(EMPLOYEE, OTHER_COMPANY, SubjectKind.EMPLOYEE,
                        new PersonalName("山田 太郎"), null, null, null, null))
                .expectNoEvents()
                .expectExceptionMessage(ErrorCode.COMPANY_NOT_FOUND.name());
    }

    @Test
    void aDependentNeedsItsEmployee() {
        fixture.givenNoPriorActivity()
                .when(new RegisterSubjectCommand(DEPENDENT, COMPANY, SubjectKind.DEPENDENT, new PersonalName("山田 花子"),
                        null, null, Relationship.SPOUSE, null))
                .expectNoEvents()
                .expectExceptionMessage(ErrorCode.RELATED_SUBJECT_REQUIRED.name());
    }

    @Test
    void aDependentIsRegisteredUnderAnEmployeeOfTheSameCompany() {
        fixture.givenNoPriorActivity()
                .when(new RegisterSubjectCommand(DEPENDENT, COMPANY, SubjectKind.DEPENDENT, new PersonalName("山田 花子"),
                        null, EMPLOYEE, Relationship.SPOUSE, null))
                .expectEvents(new SubjectRegisteredEvent(DEPENDENT, COMPANY, SubjectKind.DEPENDENT,
                        sealed(COMPANY, DEPENDENT, PersonalField.DISPLAY_NAME, "山田 花子"), null, EMPLOYEE,
                        Relationship.SPOUSE, null));
    }

    @Test
    void aDependentNeedsItsRelationship() {
        fixture.givenNoPriorActivity()
                .when(new RegisterSubjectCommand(DEPENDENT, COMPANY, SubjectKind.DEPENDENT, new PersonalName("山田 花子"),
                        null, EMPLOYEE, null, null))
                .expectNoEvents()
                .expectExceptionMessage(ErrorCode.RELATIONSHIP_REQUIRED.name());
    }

    @Test
    void aDependentOfAPayeeIsRefused() {
        directory.subject(COMPANY, "payee-1", SubjectKind.PAYEE);
        fixture.givenNoPriorActivity()
                .when(new RegisterSubjectCommand(DEPENDENT, COMPANY, SubjectKind.DEPENDENT, new PersonalName("山田 花子"),
                        null, "payee-1", Relationship.CHILD, null))
                .expectNoEvents()
                .expectExceptionMessage(ErrorCode.RELATED_SUBJECT_NOT_FOUND.name());
    }

    @Test
    void aContractWorkerMayHaveDependents() {
        directory.subject(COMPANY, "contract-1", SubjectKind.CONTRACT);
        fixture.givenNoPriorActivity()
                .when(new RegisterSubjectCommand(DEPENDENT, COMPANY, SubjectKind.DEPENDENT, new PersonalName("山田 花子"),
                        null, "contract-1", Relationship.PARENT, null))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void aPayeeKeepsItsOccupation() {
        fixture.givenNoPriorActivity()
                .when(new RegisterSubjectCommand(PAYEE, COMPANY, SubjectKind.PAYEE, new PersonalName("高橋 健"),
                        "V001", null, null, " 講師 "))
                .expectEvents(new SubjectRegisteredEvent(PAYEE, COMPANY, SubjectKind.PAYEE,
                        sealed(COMPANY, PAYEE, PersonalField.DISPLAY_NAME, "高橋 健"), "V001", null, null, "講師"));
    }

    @Test
    void onlyAPayeeHasAnOccupation() {
        fixture.givenNoPriorActivity()
                .when(new RegisterSubjectCommand(EMPLOYEE, COMPANY, SubjectKind.EMPLOYEE, new PersonalName("山田 太郎"),
                        "E001", null, null, "講師"))
                .expectNoEvents()
                .expectExceptionMessage(ErrorCode.OCCUPATION_ONLY_FOR_PAYEES.name());
    }

    @Test
    void aDependentOfAnotherCompanysEmployeeIsRefused() {
        directory.company(OTHER_COMPANY);
        fixture.givenNoPriorActivity()
                .when(new RegisterSubjectCommand(DEPENDENT, OTHER_COMPANY, SubjectKind.DEPENDENT,
                        new PersonalName("山田 花子"), null, EMPLOYEE, Relationship.CHILD, null))
                .expectNoEvents()
                .expectExceptionMessage(ErrorCode.RELATED_SUBJECT_NOT_FOUND.name());
    }

    @Test
    void onlyADependentHasARelatedSubject() {
        fixture.givenNoPriorActivity()
                .when(new RegisterSubjectCommand(DEPENDENT, COMPANY, SubjectKind.PAYEE, new PersonalName("佐藤 一郎"),
                        null, EMPLOYEE, null, null))
                .expectNoEvents()
                .expectExceptionMessage(ErrorCode.RELATED_SUBJECT_ONLY_FOR_DEPENDENTS.name());
    }

    @Test
    void acquiringANumberSealsItAndRecordsChannelAndSortedPurposes() {
        fixture.given(employeeRegistered())
                .when(acquire(COMPANY, Set.of(Purpose.WITHHOLDING_TAX, Purpose.SOCIAL_INSURANCE)))
                .expectEvents(new MyNumberAcquiredEvent(EMPLOYEE, COMPANY,
                        sealed(COMPANY, EMPLOYEE, PersonalField.MY_NUMBER, NUMBER), AcquisitionChannel.SELF_SERVICE,
                        List.of(Purpose.SOCIAL_INSURANCE, Purpose.WITHHOLDING_TAX)));
    }

    @Test
    void aNumberIsAcquiredOnlyOnce() {
        fixture.given(employeeRegistered(), new MyNumberAcquiredEvent(EMPLOYEE, COMPANY,
                        sealed(COMPANY, EMPLOYEE, PersonalField.MY_NUMBER, NUMBER), AcquisitionChannel.PAPER,
                        List.of(Purpose.WITHHOLDING_TAX)))
                .when(acquire(COMPANY, Set.of(Purpose.WITHHOLDING_TAX)))
                .expectNoEvents()
                .expectExceptionMessage(ErrorCode.MY_NUMBER_ALREADY_ACQUIRED.name());
    }

    @Test
    void acquisitionWithoutANotifiedPurposeIsRefused() {
        fixture.given(employeeRegistered())
                .when(acquire(COMPANY, Set.of()))
                .expectNoEvents()
                .expectException(DomainException.class)
                .expectExceptionMessage(ErrorCode.PURPOSE_REQUIRED.name());
    }

    @Test
    void aSubjectIsInvisibleThroughAnotherCompany() {
        fixture.given(employeeRegistered())
                .when(acquire(OTHER_COMPANY, Set.of(Purpose.WITHHOLDING_TAX)))
                .expectNoEvents()
                .expectExceptionMessage(ErrorCode.SUBJECT_NOT_FOUND.name());
    }

    @Test
    void aDisposedSubjectGetsNoNewKeyAndNoEvent() {
        FixtureConfiguration<Subject> disposed = new AggregateTestFixture<>(Subject.class);
        disposed.registerInjectableResource(directory);
        disposed.registerInjectableResource(new DeterministicSealer(EMPLOYEE));
        disposed.given(employeeRegistered())
                .when(acquire(COMPANY, Set.of(Purpose.WITHHOLDING_TAX)))
                .expectNoEvents()
                .expectExceptionMessage(ErrorCode.SUBJECT_KEY_DESTROYED.name());
    }
}
