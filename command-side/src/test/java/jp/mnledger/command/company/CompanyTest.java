package jp.mnledger.command.company;

import java.util.List;
import java.util.Set;
import jp.mnledger.kernel.audit.AuditMetadata;
import jp.mnledger.kernel.company.CompanyCreatedEvent;
import jp.mnledger.kernel.company.CreateCompanyCommand;
import jp.mnledger.kernel.error.ErrorCode;
import jp.mnledger.kernel.identity.AppointHandlerCommand;
import jp.mnledger.kernel.identity.ClientCompanyAddedEvent;
import jp.mnledger.kernel.identity.DismissHandlerCommand;
import jp.mnledger.kernel.identity.HandlerAppointedEvent;
import jp.mnledger.kernel.identity.HandlerAppointmentRefusedEvent;
import jp.mnledger.kernel.identity.HandlerDismissedEvent;
import jp.mnledger.kernel.identity.HandlingRulesPublishedEvent;
import jp.mnledger.kernel.identity.PledgeSignedEvent;
import jp.mnledger.kernel.identity.PublishHandlingRulesCommand;
import jp.mnledger.kernel.identity.RecordTrainingCompletedCommand;
import jp.mnledger.kernel.identity.SignPledgeCommand;
import jp.mnledger.kernel.identity.TrainingCompletedEvent;
import jp.mnledger.kernel.number.CorporateNumber;
import jp.mnledger.kernel.purpose.Purpose;
import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import jp.mnledger.kernel.company.OpenCollectionCampaignCommand;
import jp.mnledger.kernel.company.CollectionCampaignOpenedEvent;
import jp.mnledger.kernel.company.PurposesDeclaredEvent;
import jp.mnledger.kernel.subject.SubjectKind;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CompanyTest {

    private static final String COMPANY = "7d1f4a52-0c7e-4f3e-9d55-5e1b8c9f0a01";
    private static final String OFFICE = "1e2d3c4b-5a69-4788-9a0b-1c2d3e4f5061";
    private static final String USER = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d";

    private FixtureConfiguration<Company> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Company.class);
    }

    private static CompanyCreatedEvent created() {
        return new CompanyCreatedEvent(COMPANY, "株式会社サンプル", "7000012050002");
    }

    private static HandlingRulesPublishedEvent rules(int version) {
        return new HandlingRulesPublishedEvent(COMPANY, version, "取扱規程 第" + version + "版");
    }

    @Test
    void creatingACompanyRecordsItsPublicCorporateNumber() {
        fixture.givenNoPriorActivity()
                .when(new CreateCompanyCommand(COMPANY, "株式会社サンプル", CorporateNumber.parse("7000012050002"), null))
                .expectEvents(created());
    }

    @Test
    void aCompanyCreatedForAnOfficeBecomesItsClient() {
        fixture.givenNoPriorActivity()
                .when(new CreateCompanyCommand(COMPANY, "山田商店", null, OFFICE))
                .expectEvents(new CompanyCreatedEvent(COMPANY, "山田商店", null), new ClientCompanyAddedEvent(COMPANY, OFFICE));
    }

    @Test
    void handlingRulesAreVersionedFromOne() {
        fixture.given(created(), rules(1))
                .when(new PublishHandlingRulesCommand(COMPANY, "取扱規程 第2版"))
                .expectEvents(rules(2));
    }

    @Test
    void trainingIsRecordedAgainstTheCurrentRules() {
        fixture.given(created(), rules(1), rules(2))
                .when(new RecordTrainingCompletedCommand(COMPANY, USER))
                .expectEvents(new TrainingCompletedEvent(COMPANY, USER, 2));
    }

    @Test
    void noTrainingOrPledgeBeforeAnyRules() {
        fixture.given(created())
                .when(new RecordTrainingCompletedCommand(COMPANY, USER))
                .expectNoEvents()
                .expectExceptionMessage(ErrorCode.HANDLING_RULES_NOT_PUBLISHED.name());
    }

    @Test
    void aPledgeIsSignedByTheAuthenticatedActorItself() {
        fixture.given(created(), rules(1))
                .when(new SignPledgeCommand(COMPANY), MetaData.with(AuditMetadata.ACTOR, USER))
                .expectEvents(new PledgeSignedEvent(COMPANY, USER, 1));
    }

    @Test
    void aTrainedUserWithACurrentPledgeIsAppointed() {
        fixture.given(created(), rules(1), new TrainingCompletedEvent(COMPANY, USER, 1), new PledgeSignedEvent(COMPANY, USER, 1))
                .when(new AppointHandlerCommand(COMPANY, USER, Set.of(Purpose.WITHHOLDING_TAX, Purpose.SOCIAL_INSURANCE)))
                .expectEvents(new HandlerAppointedEvent(COMPANY, USER,
                        List.of(Purpose.SOCIAL_INSURANCE, Purpose.WITHHOLDING_TAX), 1))
                .expectResultMessagePayload(AppointmentOutcome.APPOINTED);
    }

    @Test
    void anUntrainedUserIsNotAppointedAndTheRefusalIsRecorded() {
        fixture.given(created(), rules(1), new PledgeSignedEvent(COMPANY, USER, 1))
                .when(new AppointHandlerCommand(COMPANY, USER, Set.of(Purpose.WITHHOLDING_TAX)))
                .expectEvents(new HandlerAppointmentRefusedEvent(COMPANY, USER, "TRAINING_NOT_CURRENT"))
                .expectResultMessagePayload(AppointmentOutcome.refused("TRAINING_NOT_CURRENT"));
    }

    @Test
    void aPledgeForOutdatedRulesBlocksTheAppointment() {
        fixture.given(created(), rules(1), new TrainingCompletedEvent(COMPANY, USER, 2 - 1),
                        new PledgeSignedEvent(COMPANY, USER, 1), rules(2), new TrainingCompletedEvent(COMPANY, USER, 2))
                .when(new AppointHandlerCommand(COMPANY, USER, Set.of(Purpose.WITHHOLDING_TAX)))
                .expectEvents(new HandlerAppointmentRefusedEvent(COMPANY, USER, "PLEDGE_NOT_CURRENT"));
    }

    @Test
    void noAppointmentWithoutRules() {
        fixture.given(created())
                .when(new AppointHandlerCommand(COMPANY, USER, Set.of(Purpose.WITHHOLDING_TAX)))
                .expectEvents(new HandlerAppointmentRefusedEvent(COMPANY, USER, "NO_HANDLING_RULES"));
    }

    @Test
    void anAppointedHandlerCanBeDismissed() {
        fixture.given(created(), rules(1), new HandlerAppointedEvent(COMPANY, USER, List.of(Purpose.WITHHOLDING_TAX), 1))
                .when(new DismissHandlerCommand(COMPANY, USER))
                .expectEvents(new HandlerDismissedEvent(COMPANY, USER));
    }

    @Test
    void onlyAnAppointedHandlerCanBeDismissed() {
        fixture.given(created())
                .when(new DismissHandlerCommand(COMPANY, USER))
                .expectNoEvents()
                .expectExceptionMessage(ErrorCode.HANDLER_NOT_APPOINTED.name());
    }

    private static final String CAMPAIGN = "c0ffee00-1234-4abc-8def-0123456789ab";
    private static final LocalDate DUE = LocalDate.of(2026, 12, 11);

    private static OpenCollectionCampaignCommand campaign(String name,
                                                                                   java.util.Set<Purpose> purposes) {
        return new OpenCollectionCampaignCommand(COMPANY, CAMPAIGN, name, purposes,
                Set.of(SubjectKind.EMPLOYEE, SubjectKind.DEPENDENT),
                DUE);
    }

    private static PurposesDeclaredEvent declared(Purpose... purposes) {
        return new PurposesDeclaredEvent(COMPANY, List.of(purposes));
    }

    @Test
    void aCampaignIsOpenedForDeclaredPurposesWithSortedKinds() {
        fixture.given(created(), declared(Purpose.WITHHOLDING_TAX))
                .when(campaign(" 年末調整 2026 ", Set.of(Purpose.WITHHOLDING_TAX)))
                .expectEvents(new CollectionCampaignOpenedEvent(COMPANY, CAMPAIGN, "年末調整 2026",
                        List.of(Purpose.WITHHOLDING_TAX),
                        List.of(SubjectKind.EMPLOYEE,
                                SubjectKind.DEPENDENT), DUE));
    }

    @Test
    void aCampaignForAnUndeclaredPurposeIsRefused() {
        fixture.given(created(), declared(Purpose.WITHHOLDING_TAX))
                .when(campaign("社会保険 2026", Set.of(Purpose.SOCIAL_INSURANCE)))
                .expectNoEvents()
                .expectExceptionMessage(ErrorCode.PURPOSE_NOT_DECLARED.name());
    }

    @Test
    void aCampaignNeedsAPurpose() {
        fixture.given(created(), declared(Purpose.WITHHOLDING_TAX))
                .when(campaign("年末調整 2026", Set.of()))
                .expectNoEvents()
                .expectExceptionMessage(ErrorCode.PURPOSE_REQUIRED.name());
    }

    @Test
    void twoCampaignsDoNotShareAName() {
        fixture.given(created(), declared(Purpose.WITHHOLDING_TAX),
                        new CollectionCampaignOpenedEvent(COMPANY, "other", "年末調整 2026",
                                List.of(Purpose.WITHHOLDING_TAX),
                                List.of(SubjectKind.EMPLOYEE), DUE))
                .when(campaign("年末調整 2026", Set.of(Purpose.WITHHOLDING_TAX)))
                .expectNoEvents()
                .expectExceptionMessage(ErrorCode.CAMPAIGN_NAME_TAKEN.name());
    }

    @Test
    void aCampaignNeedsANameKindsAndADueDate() {
        fixture.given(created(), declared(Purpose.WITHHOLDING_TAX))
                .when(new OpenCollectionCampaignCommand(COMPANY, CAMPAIGN, " ",
                        Set.of(Purpose.WITHHOLDING_TAX), Set.of(), null))
                .expectNoEvents()
                .expectExceptionMessage(ErrorCode.REQUEST_INVALID.name());
    }

    @Test
    void aCompanyMayKeepADocumentTypeLongerThanTheLaw() {
        fixture.given(created())
                .when(new jp.mnledger.kernel.retention.SetRetentionOverrideCommand(COMPANY, "KENKO_HOKEN",
                        java.time.Period.ofYears(5), " 社内規程で5年保存 "))
                .expectEvents(new jp.mnledger.kernel.retention.RetentionOverrideSetEvent(COMPANY, 1, "KENKO_HOKEN", "P5Y",
                        "社内規程で5年保存"));
    }

    @Test
    void aRetentionOverrideNeverShortensTheStatutoryPeriod() {
        fixture.given(created())
                .when(new jp.mnledger.kernel.retention.SetRetentionOverrideCommand(COMPANY, "FUYO_KOJO_SHINKOKUSHO",
                        java.time.Period.ofYears(3), "短縮したい"))
                .expectNoEvents()
                .expectExceptionMessage(ErrorCode.RETENTION_BELOW_STATUTORY.name());
        fixture.given(created())
                .when(new jp.mnledger.kernel.retention.SetRetentionOverrideCommand(COMPANY, "NO_SUCH_DOCUMENT",
                        java.time.Period.ofYears(9), "理由"))
                .expectNoEvents()
                .expectExceptionMessage(ErrorCode.DOCUMENT_TYPE_UNKNOWN.name());
    }

    @Test
    void automaticConfirmationIsAPolicyEventRecordedOnlyWhenItChanges() {
        fixture.given(created())
                .when(new jp.mnledger.kernel.retention.SetDisposalConfirmationCommand(COMPANY, true))
                .expectEvents(new jp.mnledger.kernel.retention.DisposalConfirmationPolicySetEvent(COMPANY, true));
        fixture.given(created(), new jp.mnledger.kernel.retention.DisposalConfirmationPolicySetEvent(COMPANY, true))
                .when(new jp.mnledger.kernel.retention.SetDisposalConfirmationCommand(COMPANY, true))
                .expectNoEvents();
    }
}
