package jp.mnledger.query.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.mnledger.kernel.access.AccessDeniedEvent;
import jp.mnledger.kernel.access.Permission;
import jp.mnledger.kernel.access.PersonalDataAccessedEvent;
import jp.mnledger.kernel.access.Role;
import jp.mnledger.kernel.audit.AuditMetadata;
import jp.mnledger.kernel.company.PurposesDeclaredEvent;
import jp.mnledger.kernel.history.AccessDecisionResponse;
import jp.mnledger.kernel.history.CompanyStateResponse;
import jp.mnledger.kernel.history.HistoryStepResponse;
import jp.mnledger.kernel.history.SubjectStateResponse;
import jp.mnledger.kernel.identity.UserAccountCreatedEvent;
import jp.mnledger.kernel.inbox.IdDocumentContentType;
import jp.mnledger.kernel.inbox.IdDocumentImageKind;
import jp.mnledger.kernel.inbox.IdDocumentImagePurgeReason;
import jp.mnledger.kernel.inbox.IdDocumentImageReceivedEvent;
import jp.mnledger.kernel.inbox.IdDocumentImagesPurgedEvent;
import jp.mnledger.kernel.purpose.Purpose;
import jp.mnledger.kernel.retention.DisposalProposedEvent;
import jp.mnledger.kernel.retention.SubjectDisposedEvent;
import jp.mnledger.kernel.seal.SealedValue;
import jp.mnledger.kernel.subject.AcknowledgementSignedEvent;
import jp.mnledger.kernel.subject.AcquisitionChannel;
import jp.mnledger.kernel.subject.CorrectionReason;
import jp.mnledger.kernel.subject.EmploymentChange;
import jp.mnledger.kernel.subject.EmploymentRecordedEvent;
import jp.mnledger.kernel.subject.IdentityCheckDocument;
import jp.mnledger.kernel.subject.MyNumberAcquiredEvent;
import jp.mnledger.kernel.subject.MyNumberCorrectedEvent;
import jp.mnledger.kernel.subject.MyNumberProvidedEvent;
import jp.mnledger.kernel.subject.MyNumberRefusedEvent;
import jp.mnledger.kernel.subject.MyNumberRevealedEvent;
import jp.mnledger.kernel.subject.MyNumberStatus;
import jp.mnledger.kernel.subject.MyNumberUseRefusedEvent;
import jp.mnledger.kernel.subject.MyNumberVerifiedEvent;
import jp.mnledger.kernel.subject.NumberCheckDocument;
import jp.mnledger.kernel.subject.ProvisionMethod;
import jp.mnledger.kernel.subject.Recipient;
import jp.mnledger.kernel.subject.SubjectKind;
import jp.mnledger.kernel.subject.SubjectRegisteredEvent;
import org.junit.jupiter.api.Test;

/** The fold's rules, events in and state out, without a database: one test per rule. */
class HistoryFoldTest {

    private static final String COMPANY = "c-1";
    private static final String OTHER_COMPANY = "c-2";
    private static final String SUBJECT = "s-1";
    private static final String HANDLER = "u-handler";
    private static final Instant T0 = Instant.parse("2026-04-01T00:00:00Z");
    private static final SealedValue SEALED = new SealedValue(SealedValue.AES_256_GCM_V1, new byte[12], new byte[16]);

    private final List<RecordedEvent> stream = new ArrayList<>();
    private int minute;

    /** Appends an event one minute after the previous one, by the handler from a fixed address, as the subject's own. */
    private Instant add(Object payload) {
        return add(payload, SUBJECT, Role.HANDLER.name());
    }

    private Instant add(Object payload, String aggregateId, String role) {
        Instant at = T0.plusSeconds(60L * ++minute);
        stream.add(new RecordedEvent(UUID.randomUUID().toString(), at, payload,
                Map.of(AuditMetadata.ACTOR, HANDLER, AuditMetadata.ROLE, role, AuditMetadata.CLIENT_ADDRESS, "192.0.2.7",
                        AuditMetadata.USER_AGENT, "curl/8", AuditMetadata.REQUEST_ID, "req-" + minute),
                aggregateId, aggregateId == null ? null : (long) minute));
        return at;
    }

    private HistoryFold foldAsOf(Instant asOf) {
        HistoryFold fold = new HistoryFold(asOf, COMPANY::equals);
        stream.forEach(fold::accept);
        return fold;
    }

    private SubjectStateResponse subjectAsOf(Instant asOf) {
        return foldAsOf(asOf).subject(COMPANY, SUBJECT);
    }

    private void register() {
        add(new UserAccountCreatedEvent(HANDLER, "demo-handler"), HANDLER, "SYSTEM");
        add(new SubjectRegisteredEvent(SUBJECT, COMPANY, SubjectKind.EMPLOYEE, SEALED, "E001", null, null, null));
    }

    private Instant acquire(List<Purpose> purposes) {
        return add(new MyNumberAcquiredEvent(SUBJECT, COMPANY, SEALED, AcquisitionChannel.PAPER, purposes));
    }

    private Instant verify() {
        return add(new MyNumberVerifiedEvent(SUBJECT, COMPANY, NumberCheckDocument.MY_NUMBER_CARD,
                IdentityCheckDocument.MY_NUMBER_CARD, null, null));
    }

    @Test
    void aRegisteredSubjectHasNoNumberAndShowsTheCompanysCodeButNoName() {
        register();
        SubjectStateResponse state = subjectAsOf(T0.plusSeconds(3600));
        assertThat(state.myNumberStatus()).isEqualTo(MyNumberStatus.NOT_ACQUIRED);
        assertThat(state.numberHeld()).isFalse();
        assertThat(state.employeeCode()).isEqualTo("E001");
        assertThat(state.kind()).isEqualTo(SubjectKind.EMPLOYEE);
        assertThat(state.steps()).extracting(HistoryStepResponse::action).containsExactly("REGISTERED");
    }

    @Test
    void acquisitionHoldsTheNumberForThePurposesNotified() {
        register();
        acquire(List.of(Purpose.WITHHOLDING_TAX, Purpose.RESIDENT_TAX));
        SubjectStateResponse state = subjectAsOf(T0.plusSeconds(3600));
        assertThat(state.myNumberStatus()).isEqualTo(MyNumberStatus.ACQUIRED);
        assertThat(state.numberHeld()).isTrue();
        assertThat(state.purposesNotified()).containsExactly(Purpose.WITHHOLDING_TAX, Purpose.RESIDENT_TAX);
    }

    @Test
    void verificationThenCorrectionGoesBackToAcquired() {
        register();
        acquire(List.of(Purpose.WITHHOLDING_TAX));
        Instant verified = verify();
        Instant corrected = add(new MyNumberCorrectedEvent(SUBJECT, COMPANY, SEALED, CorrectionReason.REISSUED));
        assertThat(subjectAsOf(verified).myNumberStatus()).isEqualTo(MyNumberStatus.VERIFIED);
        SubjectStateResponse afterCorrection = subjectAsOf(corrected);
        assertThat(afterCorrection.myNumberStatus()).as("a replaced number awaits 本人確認 again")
                .isEqualTo(MyNumberStatus.ACQUIRED);
        assertThat(afterCorrection.numberHeld()).isTrue();
        assertThat(afterCorrection.purposesNotified()).containsExactly(Purpose.WITHHOLDING_TAX);
    }

    @Test
    void anInvitationsStepsAreStepsOfThePersonAndChangeNothingHeld() {
        register();
        add(new jp.mnledger.kernel.invitation.InvitationIssuedEvent("inv-1", COMPANY, SUBJECT, SubjectKind.EMPLOYEE,
                "0".repeat(64), T0.plusSeconds(86_400), List.of(Purpose.WITHHOLDING_TAX)), "inv-1", "RESPONSIBLE_MANAGER");
        add(new jp.mnledger.kernel.invitation.InvitationRedeemedEvent("inv-1", COMPANY, SUBJECT), "inv-1", "SELF_SERVICE");
        Instant completed = add(new jp.mnledger.kernel.invitation.InvitationCompletedEvent("inv-1", COMPANY, SUBJECT,
                "UK-20260401-ABCDEF", false, 0, 0), "inv-1", "SELF_SERVICE");
        SubjectStateResponse state = subjectAsOf(completed);
        assertThat(state.steps()).extracting(HistoryStepResponse::action)
                .containsExactly("REGISTERED", "INVITATION_ISSUED", "INVITATION_REDEEMED", "INVITATION_COMPLETED");
        assertThat(state.myNumberStatus()).isEqualTo(MyNumberStatus.NOT_ACQUIRED);
        assertThat(state.numberHeld()).isFalse();
    }

    @Test
    void thePersonsRefusalIsRefusedAndHoldsNothing() {
        register();
        add(new MyNumberRefusedEvent(SUBJECT, COMPANY, "書面で依頼", LocalDate.parse("2026-04-01"), SEALED));
        SubjectStateResponse state = subjectAsOf(T0.plusSeconds(3600));
        assertThat(state.myNumberStatus()).isEqualTo(MyNumberStatus.REFUSED);
        assertThat(state.numberHeld()).isFalse();
        assertThat(state.steps()).extracting(HistoryStepResponse::action).containsExactly("REGISTERED", "PERSON_REFUSED");
    }

    @Test
    void aProposalMakesItDueAndDisposalEndsEverythingHeld() {
        register();
        acquire(List.of(Purpose.SOCIAL_INSURANCE));
        add(new IdDocumentImageReceivedEvent(SUBJECT, COMPANY, "img-1", IdDocumentImageKind.NUMBER_CHECK,
                IdDocumentContentType.JPEG, 1000, "00"));
        add(new EmploymentRecordedEvent(SUBJECT, COMPANY, EmploymentChange.ENDED, LocalDate.parse("2016-03-31")));
        Instant proposed = add(new DisposalProposedEvent(SUBJECT, COMPANY, LocalDate.parse("2023-04-01"), "DOC", "basis"),
                COMPANY, "SYSTEM");
        Instant disposed = add(new SubjectDisposedEvent(SUBJECT, COMPANY, LocalDate.parse("2023-04-01"), "DOC", "basis",
                "CRYPTOGRAPHIC_ERASE", "cert-1", false));
        add(new DisposalProposedEvent(SUBJECT, COMPANY, LocalDate.parse("2023-04-01"), "DOC", "basis"), COMPANY, "SYSTEM");

        SubjectStateResponse due = subjectAsOf(proposed);
        assertThat(due.myNumberStatus()).isEqualTo(MyNumberStatus.DISPOSAL_DUE);
        assertThat(due.numberHeld()).as("due is not yet gone").isTrue();
        assertThat(due.idDocumentImagesHeld()).isEqualTo(1);

        SubjectStateResponse gone = subjectAsOf(disposed);
        assertThat(gone.myNumberStatus()).isEqualTo(MyNumberStatus.DISPOSED);
        assertThat(gone.numberHeld()).isFalse();
        assertThat(gone.purposesNotified()).isEmpty();
        assertThat(gone.idDocumentImagesHeld()).isZero();
        assertThat(gone.employeeCode()).as("the company's own code outlives the key").isEqualTo("E001");
        assertThat(subjectAsOf(T0.plusSeconds(3600)).myNumberStatus()).as("a later proposal never revives it")
                .isEqualTo(MyNumberStatus.DISPOSED);
    }

    @Test
    void purgedImagesAreNoLongerHeld() {
        register();
        add(new IdDocumentImageReceivedEvent(SUBJECT, COMPANY, "img-1", IdDocumentImageKind.NUMBER_CHECK,
                IdDocumentContentType.JPEG, 1000, "00"));
        add(new IdDocumentImageReceivedEvent(SUBJECT, COMPANY, "img-2", IdDocumentImageKind.IDENTITY_CHECK,
                IdDocumentContentType.PNG, 1000, "00"));
        Instant purged = add(new IdDocumentImagesPurgedEvent(SUBJECT, COMPANY, List.of("img-1"),
                IdDocumentImagePurgeReason.VERIFIED));
        assertThat(subjectAsOf(purged.minusSeconds(1)).idDocumentImagesHeld()).isEqualTo(2);
        assertThat(subjectAsOf(purged).idDocumentImagesHeld()).isEqualTo(1);
    }

    @Test
    void accessesCarryWhoRolePurposeWhenAndWhere() {
        register();
        acquire(List.of(Purpose.WITHHOLDING_TAX));
        verify();
        Instant revealed = add(new MyNumberRevealedEvent(SUBJECT, COMPANY, Purpose.WITHHOLDING_TAX, SEALED));
        add(new MyNumberProvidedEvent(SUBJECT, COMPANY, Purpose.WITHHOLDING_TAX, Recipient.TAX_OFFICE, "麹町税務署",
                ProvisionMethod.E_TAX, "源泉徴収票"));
        add(new MyNumberUseRefusedEvent(SUBJECT, COMPANY, "REVEAL", Purpose.SOCIAL_INSURANCE, "PURPOSE_NOT_NOTIFIED"));
        add(new AccessDeniedEvent("u-payroll", Permission.REVEAL_NUMBER, "RevealMyNumberCommand", COMPANY, SUBJECT,
                "WITHHOLDING_TAX", "NO_ROLE_IN_COMPANY"), null, "UNDECIDED");
        add(new PersonalDataAccessedEvent("u-auditor", Permission.VIEW_AUDIT_TRAIL, "FetchSubjectHistoryQuery", COMPANY,
                SUBJECT, Role.AUDITOR), null, Role.AUDITOR.name());
        add(new PersonalDataAccessedEvent("u-payroll", Permission.VIEW_SUBJECTS_MASKED, "FetchSubjectsQuery", COMPANY,
                null, Role.PAYROLL), null, Role.PAYROLL.name());

        HistoryFold fold = foldAsOf(T0.plusSeconds(3600));
        SubjectStateResponse state = fold.subject(COMPANY, SUBJECT);
        assertThat(state.steps()).extracting(HistoryStepResponse::action).containsExactly("REGISTERED", "ACQUIRED",
                "VERIFIED", "REVEALED", "PROVIDED", "REVEAL_REFUSED", "ACCESS_DENIED", "ACCESSED");
        HistoryStepResponse reveal = state.steps().get(3);
        assertThat(reveal.purpose()).isEqualTo("WITHHOLDING_TAX");
        assertThat(reveal.actor()).isEqualTo(HANDLER);
        assertThat(reveal.actorName()).as("resolved from the user's own event").isEqualTo("demo-handler");
        assertThat(reveal.role()).isEqualTo("HANDLER");
        assertThat(reveal.occurredAt()).isEqualTo(revealed);
        assertThat(reveal.clientAddress()).isEqualTo("192.0.2.7");
        assertThat(reveal.userAgent()).isEqualTo("curl/8");
        assertThat(reveal.requestId()).isNotBlank();
        assertThat(state.steps().get(5).purpose()).isEqualTo("SOCIAL_INSURANCE");
        assertThat(state.steps().get(6).purpose()).isEqualTo("WITHHOLDING_TAX");

        CompanyStateResponse company = fold.company(COMPANY);
        assertThat(company.accessLog()).extracting(AccessDecisionResponse::outcome)
                .containsExactly("DENIED", "GRANTED", "GRANTED");
        AccessDecisionResponse denied = company.accessLog().get(0);
        assertThat(denied.action()).isEqualTo("RevealMyNumberCommand");
        assertThat(denied.reason()).isEqualTo("NO_ROLE_IN_COMPANY");
        assertThat(denied.role()).isNull();
        assertThat(denied.purpose()).isEqualTo("WITHHOLDING_TAX");
        assertThat(company.accessLog().get(2).subjectId()).as("a list read names the company only").isNull();
        assertThat(company.accessLog().get(2).role()).isEqualTo("PAYROLL");
        assertThat(company.accessLog().get(2).username()).as("an unknown user has no name").isNull();
    }

    @Test
    void asOfCutsTheStreamAtThatInstantInclusively() {
        register();
        Instant acquired = acquire(List.of(Purpose.WITHHOLDING_TAX));
        verify();
        assertThat(subjectAsOf(acquired.minusNanos(1)).myNumberStatus()).isEqualTo(MyNumberStatus.NOT_ACQUIRED);
        SubjectStateResponse atAcquisition = subjectAsOf(acquired);
        assertThat(atAcquisition.myNumberStatus()).isEqualTo(MyNumberStatus.ACQUIRED);
        assertThat(atAcquisition.steps()).hasSize(2);
        assertThat(foldAsOf(T0).subject(COMPANY, SUBJECT)).as("not registered yet").isNull();
        assertThat(foldAsOf(T0).company(COMPANY).subjects()).isEmpty();
    }

    @Test
    void otherCompaniesStayOutAndCannotWriteIntoThisOne() {
        register();
        add(new SubjectRegisteredEvent("s-2", OTHER_COMPANY, SubjectKind.EMPLOYEE, SEALED, "X1", null, null, null), "s-2",
                "HANDLER");
        add(new PurposesDeclaredEvent(COMPANY, List.of(Purpose.WITHHOLDING_TAX)), COMPANY, "RESPONSIBLE_MANAGER");
        add(new PurposesDeclaredEvent(COMPANY, List.of(Purpose.SOCIAL_INSURANCE)), COMPANY, "RESPONSIBLE_MANAGER");
        // An event naming this company's subject under another company's id is no step of it.
        add(new MyNumberAcquiredEvent(SUBJECT, OTHER_COMPANY, SEALED, AcquisitionChannel.PAPER, List.of(Purpose.TAX_FILING)));
        add(new PersonalDataAccessedEvent("u-head", Permission.VIEW_SUBJECTS_MASKED, "FetchSubjectsQuery", OTHER_COMPANY,
                null, Role.OFFICE_HEAD), null, "OFFICE_HEAD");
        HistoryFold fold = foldAsOf(T0.plusSeconds(3600));
        CompanyStateResponse company = fold.company(COMPANY);
        assertThat(company.subjects()).extracting(SubjectStateResponse::subjectId).containsExactly(SUBJECT);
        assertThat(company.subjects().get(0).myNumberStatus()).isEqualTo(MyNumberStatus.NOT_ACQUIRED);
        assertThat(company.purposesDeclared()).containsExactly(Purpose.SOCIAL_INSURANCE, Purpose.WITHHOLDING_TAX);
        assertThat(company.accessLog()).isEmpty();
        assertThat(fold.subject(OTHER_COMPANY, "s-2")).isNull();
        assertThat(fold.company(OTHER_COMPANY).subjects()).isEmpty();
    }

    @Test
    void stepsAtOneInstantFollowTheSubjectsOwnStreamThenAccesses() {
        register();
        Instant at = T0.plusSeconds(600);
        stream.add(new RecordedEvent("ffff", at, new PersonalDataAccessedEvent("u", Permission.VIEW_AUDIT_TRAIL, "Q",
                COMPANY, SUBJECT, Role.AUDITOR), Map.of(), null, null));
        stream.add(new RecordedEvent("bbbb", at, new MyNumberVerifiedEvent(SUBJECT, COMPANY,
                NumberCheckDocument.MY_NUMBER_CARD, IdentityCheckDocument.MY_NUMBER_CARD, null, null), Map.of(), SUBJECT, 9L));
        stream.add(new RecordedEvent("aaaa", at, new MyNumberAcquiredEvent(SUBJECT, COMPANY, SEALED,
                AcquisitionChannel.PAPER, List.of(Purpose.WITHHOLDING_TAX)), Map.of(), SUBJECT, 8L));
        assertThat(subjectAsOf(at).steps()).extracting(HistoryStepResponse::action)
                .containsExactly("REGISTERED", "ACQUIRED", "VERIFIED", "ACCESSED");
    }

    @Test
    void acknowledgementsKeepTheHighestVersion() {
        register();
        add(new AcknowledgementSignedEvent(SUBJECT, COMPANY, 2, SEALED));
        add(new AcknowledgementSignedEvent(SUBJECT, COMPANY, 1, SEALED));
        assertThat(subjectAsOf(T0.plusSeconds(3600)).acknowledgedRulesVersion()).isEqualTo(2);
    }

    @Test
    void unknownPayloadsAreIgnored() {
        register();
        stream.add(new RecordedEvent("x", T0.plusSeconds(1), "not an event", Map.of(), null, null));
        HistoryFold fold = foldAsOf(T0.plusSeconds(3600));
        assertThat(fold.eventsFolded()).isEqualTo(2);
    }
}
