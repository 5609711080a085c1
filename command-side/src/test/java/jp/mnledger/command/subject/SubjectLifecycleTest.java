package jp.mnledger.command.subject;

import static jp.mnledger.command.subject.DeterministicSealer.sealed;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import jp.mnledger.kernel.error.ErrorCode;
import jp.mnledger.kernel.number.MyNumber;
import jp.mnledger.kernel.purpose.Purpose;
import jp.mnledger.kernel.seal.PersonalField;
import jp.mnledger.kernel.subject.AcquireMyNumberCommand;
import jp.mnledger.kernel.subject.AcknowledgementSignedEvent;
import jp.mnledger.kernel.subject.AcquisitionChannel;
import jp.mnledger.kernel.subject.SignAcknowledgementCommand;
import jp.mnledger.kernel.subject.CorrectMyNumberCommand;
import jp.mnledger.kernel.subject.CorrectionReason;
import jp.mnledger.kernel.subject.EmploymentChange;
import jp.mnledger.kernel.subject.EmploymentRecordedEvent;
import jp.mnledger.kernel.subject.MyNumberCorrectedEvent;
import jp.mnledger.kernel.subject.RecordEmploymentCommand;
import jp.mnledger.kernel.subject.IdentityCheckDocument;
import jp.mnledger.kernel.subject.MyNumberAcquiredEvent;
import jp.mnledger.kernel.subject.MyNumberProvidedEvent;
import jp.mnledger.kernel.subject.MyNumberRefusedEvent;
import jp.mnledger.kernel.subject.MyNumberRevealedEvent;
import jp.mnledger.kernel.subject.MyNumberUseRefusedEvent;
import jp.mnledger.kernel.subject.MyNumberVerificationRefusedEvent;
import jp.mnledger.kernel.subject.MyNumberVerifiedEvent;
import jp.mnledger.kernel.subject.NumberCheckDocument;
import jp.mnledger.kernel.subject.ProvideMyNumberCommand;
import jp.mnledger.kernel.subject.ProvisionMethod;
import jp.mnledger.kernel.subject.ProxyAuthority;
import jp.mnledger.kernel.subject.Recipient;
import jp.mnledger.kernel.subject.RecordMyNumberRefusalCommand;
import jp.mnledger.kernel.subject.RevealMyNumberCommand;
import jp.mnledger.kernel.subject.RevealedMyNumber;
import jp.mnledger.kernel.subject.SubjectKind;
import jp.mnledger.kernel.subject.Relationship;
import jp.mnledger.kernel.subject.SubjectRegisteredEvent;
import jp.mnledger.kernel.subject.VerifyMyNumberCommand;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The lifecycle after registration: acquire, verify, use, provide, refuse — each rule and each refusal. */
class SubjectLifecycleTest {

    private static final String COMPANY = "7d1f4a52-0c7e-4f3e-9d55-5e1b8c9f0a01";
    private static final String SUBJECT = "0b6a2f4e-9f21-4d3a-8e7c-1c2d3e4f5a03";
    private static final String NUMBER = "123456789018";

    private FixtureConfiguration<Subject> fixture;
    private InMemoryDirectory directory;
    private final DeterministicSealer sealer = new DeterministicSealer();

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Subject.class);
        directory = new InMemoryDirectory().company(COMPANY);
        fixture.registerInjectableResource(directory);
        fixture.registerInjectableResource(sealer);
        fixture.registerInjectableResource(new InMemoryInbox());
    }

    private static SubjectRegisteredEvent registered(SubjectKind kind) {
        return new SubjectRegisteredEvent(SUBJECT, COMPANY, kind, sealed(COMPANY, SUBJECT, PersonalField.DISPLAY_NAME, "山田 太郎"),
                null, null, null, null);
    }

    private static SubjectRegisteredEvent dependentRegistered(Relationship relationship) {
        return new SubjectRegisteredEvent(SUBJECT, COMPANY, SubjectKind.DEPENDENT,
                sealed(COMPANY, SUBJECT, PersonalField.DISPLAY_NAME, "山田 花子"), null, "employee-1", relationship, null);
    }

    private static MyNumberAcquiredEvent acquired(AcquisitionChannel channel, Purpose... purposes) {
        return new MyNumberAcquiredEvent(SUBJECT, COMPANY, sealed(COMPANY, SUBJECT, PersonalField.MY_NUMBER, NUMBER), channel,
                List.of(purposes));
    }

    private static VerifyMyNumberCommand verify(NumberCheckDocument number, boolean cardMatches, IdentityCheckDocument identity,
                                                ProxyAuthority authority, IdentityCheckDocument proxyIdentity) {
        return new VerifyMyNumberCommand(SUBJECT, COMPANY, number, cardMatches, identity, authority, proxyIdentity, false);
    }

    private static VerifyMyNumberCommand verifyForCategory3(ProxyAuthority authority, IdentityCheckDocument proxyIdentity) {
        return new VerifyMyNumberCommand(SUBJECT, COMPANY, NumberCheckDocument.MY_NUMBER_CARD, false,
                IdentityCheckDocument.MY_NUMBER_CARD, authority, proxyIdentity, true);
    }

    @Test
    void anOrdinaryDependentBroughtByTheEmployeeNeedsNoProxyChecks() {
        fixture.given(dependentRegistered(Relationship.CHILD),
                        acquired(AcquisitionChannel.EMPLOYEE_FOR_DEPENDENT, Purpose.WITHHOLDING_TAX))
                .when(verify(NumberCheckDocument.MY_NUMBER_CARD, false, IdentityCheckDocument.MY_NUMBER_CARD, null, null))
                .expectEvents(new MyNumberVerifiedEvent(SUBJECT, COMPANY, NumberCheckDocument.MY_NUMBER_CARD,
                        IdentityCheckDocument.MY_NUMBER_CARD, null, null));
    }

    @Test
    void forTheCategory3NotificationTheEmployerVerifiesTheSpouseThroughTheEmployeeAsProxy() {
        fixture.given(dependentRegistered(Relationship.SPOUSE),
                        acquired(AcquisitionChannel.EMPLOYEE_FOR_DEPENDENT, Purpose.SOCIAL_INSURANCE))
                .when(verifyForCategory3(null, null))
                .expectEvents(new MyNumberVerificationRefusedEvent(SUBJECT, COMPANY, "PROXY_AUTHORITY_REQUIRED"))
                .expectResultMessagePayload(new LifecycleRefusal(ErrorCode.VERIFICATION_DOCUMENT_NOT_ACCEPTED));
    }

    @Test
    void forTheCategory3NotificationTheEmployeeAsProxyShowsTheirOwnIdentity() {
        fixture.given(dependentRegistered(Relationship.SPOUSE),
                        acquired(AcquisitionChannel.EMPLOYEE_FOR_DEPENDENT, Purpose.SOCIAL_INSURANCE))
                .when(verifyForCategory3(ProxyAuthority.POWER_OF_ATTORNEY, IdentityCheckDocument.KNOWN_IN_PERSON))
                .expectEvents(new MyNumberVerificationRefusedEvent(SUBJECT, COMPANY, "PROXY_IDENTITY_REQUIRED"));
    }

    @Test
    void theCategory3SpouseIsVerifiedWithTheThreeProxyChecks() {
        fixture.given(dependentRegistered(Relationship.SPOUSE),
                        acquired(AcquisitionChannel.EMPLOYEE_FOR_DEPENDENT, Purpose.SOCIAL_INSURANCE))
                .when(verifyForCategory3(ProxyAuthority.POWER_OF_ATTORNEY, IdentityCheckDocument.DRIVERS_LICENSE))
                .expectEvents(new MyNumberVerifiedEvent(SUBJECT, COMPANY, NumberCheckDocument.MY_NUMBER_CARD,
                        IdentityCheckDocument.MY_NUMBER_CARD, ProxyAuthority.POWER_OF_ATTORNEY,
                        IdentityCheckDocument.DRIVERS_LICENSE));
    }

    @Test
    void theCategory3NotificationIsOnlyForASpouse() {
        fixture.given(dependentRegistered(Relationship.CHILD),
                        acquired(AcquisitionChannel.EMPLOYEE_FOR_DEPENDENT, Purpose.SOCIAL_INSURANCE))
                .when(verifyForCategory3(ProxyAuthority.POWER_OF_ATTORNEY, IdentityCheckDocument.DRIVERS_LICENSE))
                .expectEvents(new MyNumberVerificationRefusedEvent(SUBJECT, COMPANY, "CATEGORY3_ONLY_FOR_SPOUSE"));
    }

    @Test
    void aContractWorkerMayBeKnownInPerson() {
        fixture.given(registered(SubjectKind.CONTRACT), acquired(AcquisitionChannel.IN_PERSON, Purpose.WITHHOLDING_TAX))
                .when(verify(NumberCheckDocument.MY_NUMBER_CARD, false, IdentityCheckDocument.KNOWN_IN_PERSON, null, null))
                .expectEvents(new MyNumberVerifiedEvent(SUBJECT, COMPANY, NumberCheckDocument.MY_NUMBER_CARD,
                        IdentityCheckDocument.KNOWN_IN_PERSON, null, null));
    }

    @Test
    void acquisitionIsLimitedToTheCompanysDeclaredPurposes() {
        directory.declare(COMPANY, Set.of(Purpose.WITHHOLDING_TAX));
        fixture.given(registered(SubjectKind.EMPLOYEE))
                .when(new AcquireMyNumberCommand(SUBJECT, COMPANY, MyNumber.parse(NUMBER), AcquisitionChannel.PAPER,
                        Set.of(Purpose.SOCIAL_INSURANCE)))
                .expectNoEvents()
                .expectExceptionMessage(ErrorCode.PURPOSE_NOT_DECLARED.name());
    }

    @Test
    void aNumberIsVerifiedWithTheCardAlone() {
        fixture.given(registered(SubjectKind.EMPLOYEE), acquired(AcquisitionChannel.SELF_SERVICE, Purpose.WITHHOLDING_TAX))
                .when(verify(NumberCheckDocument.MY_NUMBER_CARD, false, IdentityCheckDocument.MY_NUMBER_CARD, null, null))
                .expectEvents(new MyNumberVerifiedEvent(SUBJECT, COMPANY, NumberCheckDocument.MY_NUMBER_CARD,
                        IdentityCheckDocument.MY_NUMBER_CARD, null, null));
    }

    @Test
    void theNumberNoticeLetterIsNeverAccepted() {
        fixture.given(registered(SubjectKind.EMPLOYEE), acquired(AcquisitionChannel.PAPER, Purpose.WITHHOLDING_TAX))
                .when(verify(NumberCheckDocument.NUMBER_NOTICE_LETTER, false, IdentityCheckDocument.DRIVERS_LICENSE, null, null))
                .expectEvents(new MyNumberVerificationRefusedEvent(SUBJECT, COMPANY, "NUMBER_NOTICE_LETTER_NOT_ACCEPTED"))
                .expectResultMessagePayload(new LifecycleRefusal(ErrorCode.VERIFICATION_DOCUMENT_NOT_ACCEPTED));
    }

    @Test
    void aNotificationCardCountsOnlyWhileItMatchesTheResidentRecord() {
        fixture.given(registered(SubjectKind.EMPLOYEE), acquired(AcquisitionChannel.PAPER, Purpose.WITHHOLDING_TAX))
                .when(verify(NumberCheckDocument.NOTIFICATION_CARD, false, IdentityCheckDocument.PASSPORT, null, null))
                .expectEvents(new MyNumberVerificationRefusedEvent(SUBJECT, COMPANY, "NOTIFICATION_CARD_OUTDATED"));
    }

    @Test
    void anEmployeeKnownInPersonNeedsNoIdentityDocument() {
        fixture.given(registered(SubjectKind.EMPLOYEE), acquired(AcquisitionChannel.IN_PERSON, Purpose.WITHHOLDING_TAX))
                .when(verify(NumberCheckDocument.NOTIFICATION_CARD, true, IdentityCheckDocument.KNOWN_IN_PERSON, null, null))
                .expectEvents(new MyNumberVerifiedEvent(SUBJECT, COMPANY, NumberCheckDocument.NOTIFICATION_CARD,
                        IdentityCheckDocument.KNOWN_IN_PERSON, null, null));
    }

    @Test
    void aPayeeIsNotKnownInPersonTheWayAnEmployeeIs() {
        fixture.given(registered(SubjectKind.PAYEE), acquired(AcquisitionChannel.IN_PERSON, Purpose.PAYMENT_REPORT))
                .when(verify(NumberCheckDocument.MY_NUMBER_CARD, false, IdentityCheckDocument.KNOWN_IN_PERSON, null, null))
                .expectEvents(new MyNumberVerificationRefusedEvent(SUBJECT, COMPANY, "KNOWN_IN_PERSON_ONLY_FOR_EMPLOYEES"));
    }

    @Test
    void aProxyNeedsAuthorityAndTheirOwnIdentityCheck() {
        fixture.given(registered(SubjectKind.DEPENDENT), acquired(AcquisitionChannel.PROXY, Purpose.SOCIAL_INSURANCE))
                .when(verify(NumberCheckDocument.RESIDENT_RECORD_COPY, false, IdentityCheckDocument.DRIVERS_LICENSE, null,
                        IdentityCheckDocument.DRIVERS_LICENSE))
                .expectEvents(new MyNumberVerificationRefusedEvent(SUBJECT, COMPANY, "PROXY_AUTHORITY_REQUIRED"));
        fixture.given(registered(SubjectKind.DEPENDENT), acquired(AcquisitionChannel.PROXY, Purpose.SOCIAL_INSURANCE))
                .when(verify(NumberCheckDocument.RESIDENT_RECORD_COPY, false, IdentityCheckDocument.DRIVERS_LICENSE,
                        ProxyAuthority.POWER_OF_ATTORNEY, null))
                .expectEvents(new MyNumberVerificationRefusedEvent(SUBJECT, COMPANY, "PROXY_IDENTITY_REQUIRED"));
    }

    @Test
    void theProxysThreeChecksVerify() {
        fixture.given(registered(SubjectKind.DEPENDENT), acquired(AcquisitionChannel.PROXY, Purpose.SOCIAL_INSURANCE))
                .when(verify(NumberCheckDocument.RESIDENT_RECORD_COPY, false, IdentityCheckDocument.DRIVERS_LICENSE,
                        ProxyAuthority.POWER_OF_ATTORNEY, IdentityCheckDocument.MY_NUMBER_CARD))
                .expectEvents(new MyNumberVerifiedEvent(SUBJECT, COMPANY, NumberCheckDocument.RESIDENT_RECORD_COPY,
                        IdentityCheckDocument.DRIVERS_LICENSE, ProxyAuthority.POWER_OF_ATTORNEY,
                        IdentityCheckDocument.MY_NUMBER_CARD));
    }

    @Test
    void aRevealForANotifiedPurposeAnswersTheNumberAndRecordsTheSealedReason() {
        fixture.given(registered(SubjectKind.EMPLOYEE), acquired(AcquisitionChannel.PAPER, Purpose.WITHHOLDING_TAX))
                .when(new RevealMyNumberCommand(SUBJECT, COMPANY, Purpose.WITHHOLDING_TAX, "年末調整 2026"))
                .expectEvents(new MyNumberRevealedEvent(SUBJECT, COMPANY, Purpose.WITHHOLDING_TAX,
                        sealed(COMPANY, SUBJECT, PersonalField.STATED_REASON, "年末調整 2026")))
                .expectResultMessagePayload(new RevealedMyNumber(NUMBER));
    }

    @Test
    void useForAPurposeNotNotifiedIsRefusedAndRecorded() {
        fixture.given(registered(SubjectKind.EMPLOYEE), acquired(AcquisitionChannel.PAPER, Purpose.WITHHOLDING_TAX))
                .when(new RevealMyNumberCommand(SUBJECT, COMPANY, Purpose.SOCIAL_INSURANCE, "同意を得たので"))
                .expectEvents(new MyNumberUseRefusedEvent(SUBJECT, COMPANY, "REVEAL", Purpose.SOCIAL_INSURANCE,
                        "PURPOSE_NOT_NOTIFIED"))
                .expectResultMessagePayload(new LifecycleRefusal(ErrorCode.PURPOSE_NOT_NOTIFIED));
    }

    @Test
    void aRevealNeedsAReason() {
        fixture.given(registered(SubjectKind.EMPLOYEE), acquired(AcquisitionChannel.PAPER, Purpose.WITHHOLDING_TAX))
                .when(new RevealMyNumberCommand(SUBJECT, COMPANY, Purpose.WITHHOLDING_TAX, " "))
                .expectNoEvents()
                .expectExceptionMessage(ErrorCode.REASON_REQUIRED.name());
    }

    @Test
    void nothingIsRevealedBeforeANumberIsHeld() {
        fixture.given(registered(SubjectKind.EMPLOYEE))
                .when(new RevealMyNumberCommand(SUBJECT, COMPANY, Purpose.WITHHOLDING_TAX, "確認"))
                .expectEvents(new MyNumberUseRefusedEvent(SUBJECT, COMPANY, "REVEAL", Purpose.WITHHOLDING_TAX, "NUMBER_NOT_HELD"));
    }

    @Test
    void aProvisionIsRecordedPerSubject() {
        fixture.given(registered(SubjectKind.EMPLOYEE), acquired(AcquisitionChannel.PAPER, Purpose.WITHHOLDING_TAX))
                .when(new ProvideMyNumberCommand(SUBJECT, COMPANY, Purpose.WITHHOLDING_TAX, Recipient.TAX_OFFICE, "麹町税務署",
                        ProvisionMethod.E_TAX, "給与所得の源泉徴収票 2026"))
                .expectEvents(new MyNumberProvidedEvent(SUBJECT, COMPANY, Purpose.WITHHOLDING_TAX, Recipient.TAX_OFFICE,
                        "麹町税務署", ProvisionMethod.E_TAX, "給与所得の源泉徴収票 2026"));
    }

    @Test
    void aProvisionForAPurposeNotNotifiedIsRefused() {
        fixture.given(registered(SubjectKind.EMPLOYEE), acquired(AcquisitionChannel.PAPER, Purpose.WITHHOLDING_TAX))
                .when(new ProvideMyNumberCommand(SUBJECT, COMPANY, Purpose.EMPLOYMENT_INSURANCE, Recipient.HELLO_WORK, null,
                        ProvisionMethod.E_GOV, "資格取得届"))
                .expectEvents(new MyNumberUseRefusedEvent(SUBJECT, COMPANY, "PROVIDE", Purpose.EMPLOYMENT_INSURANCE,
                        "PURPOSE_NOT_NOTIFIED"));
    }

    @Test
    void aRefusalToProvideIsRecordedWithHowItWasRequested() {
        fixture.given(registered(SubjectKind.PAYEE))
                .when(new RecordMyNumberRefusalCommand(SUBJECT, COMPANY, "書面で依頼、電話で再依頼", LocalDate.of(2026, 11, 2),
                        "提供したくない"))
                .expectEvents(new MyNumberRefusedEvent(SUBJECT, COMPANY, "書面で依頼、電話で再依頼", LocalDate.of(2026, 11, 2),
                        sealed(COMPANY, SUBJECT, PersonalField.STATED_REASON, "提供したくない")));
    }

    @Test
    void aHeldNumberCannotBeRefusedAfterwards() {
        fixture.given(registered(SubjectKind.EMPLOYEE), acquired(AcquisitionChannel.PAPER, Purpose.WITHHOLDING_TAX))
                .when(new RecordMyNumberRefusalCommand(SUBJECT, COMPANY, "書面", LocalDate.of(2026, 11, 2), null))
                .expectNoEvents()
                .expectExceptionMessage(ErrorCode.MY_NUMBER_ALREADY_ACQUIRED.name());
    }

    @Test
    void theAcknowledgementIsSignedAgainstTheCurrentRulesWithTheTypedNameSealed() {
        fixture.given(registered(SubjectKind.EMPLOYEE))
                .when(new SignAcknowledgementCommand(SUBJECT, COMPANY, "山田 太郎"))
                .expectEvents(new AcknowledgementSignedEvent(SUBJECT, COMPANY, 1,
                        sealed(COMPANY, SUBJECT, PersonalField.TYPED_NAME, "山田 太郎")));
    }

    @Test
    void aReissuedNumberReplacesTheHeldOne() {
        fixture.given(registered(SubjectKind.EMPLOYEE), acquired(AcquisitionChannel.PAPER, Purpose.WITHHOLDING_TAX))
                .when(new CorrectMyNumberCommand(SUBJECT, COMPANY, MyNumber.parse("111111111118"), CorrectionReason.REISSUED))
                .expectEvents(new MyNumberCorrectedEvent(SUBJECT, COMPANY,
                        sealed(COMPANY, SUBJECT, PersonalField.MY_NUMBER, "111111111118"), CorrectionReason.REISSUED));
    }

    @Test
    void aCorrectionToTheSameNumberIsRefused() {
        fixture.given(registered(SubjectKind.EMPLOYEE), acquired(AcquisitionChannel.PAPER, Purpose.WITHHOLDING_TAX))
                .when(new CorrectMyNumberCommand(SUBJECT, COMPANY, MyNumber.parse(NUMBER), CorrectionReason.ENTERED_WRONGLY))
                .expectNoEvents()
                .expectExceptionMessage(ErrorCode.SAME_MY_NUMBER.name());
    }

    @Test
    void employmentEndsAfterItStarts() {
        fixture.given(registered(SubjectKind.EMPLOYEE),
                        new EmploymentRecordedEvent(SUBJECT, COMPANY, EmploymentChange.STARTED, LocalDate.of(2020, 4, 1)))
                .when(new RecordEmploymentCommand(SUBJECT, COMPANY, EmploymentChange.ENDED, LocalDate.of(2019, 3, 31)))
                .expectNoEvents()
                .expectExceptionMessage(ErrorCode.EMPLOYMENT_DATES_INVALID.name());
        fixture.given(registered(SubjectKind.EMPLOYEE),
                        new EmploymentRecordedEvent(SUBJECT, COMPANY, EmploymentChange.STARTED, LocalDate.of(2020, 4, 1)))
                .when(new RecordEmploymentCommand(SUBJECT, COMPANY, EmploymentChange.ENDED, LocalDate.of(2026, 3, 31)))
                .expectEvents(new EmploymentRecordedEvent(SUBJECT, COMPANY, EmploymentChange.ENDED, LocalDate.of(2026, 3, 31)));
    }

    @Test
    void theDeadStayProtectedAndTheirRecordClosed() {
        fixture.given(registered(SubjectKind.EMPLOYEE),
                        new EmploymentRecordedEvent(SUBJECT, COMPANY, EmploymentChange.DECEASED, LocalDate.of(2026, 5, 1)))
                .when(new RecordEmploymentCommand(SUBJECT, COMPANY, EmploymentChange.ENDED, LocalDate.of(2026, 6, 1)))
                .expectNoEvents()
                .expectExceptionMessage(ErrorCode.EMPLOYMENT_DATES_INVALID.name());
    }
}
