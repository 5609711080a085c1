package jp.mnledger.command.subject;

import static jp.mnledger.command.subject.DeterministicSealer.sealed;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.mnledger.command.keyvault.SubjectEraser;
import jp.mnledger.kernel.error.ErrorCode;
import jp.mnledger.kernel.purpose.Purpose;
import jp.mnledger.kernel.retention.ConfirmDisposalCommand;
import jp.mnledger.kernel.retention.DisposalProposedEvent;
import jp.mnledger.kernel.retention.ProposeDisposalCommand;
import jp.mnledger.kernel.retention.SubjectDisposedEvent;
import jp.mnledger.kernel.seal.PersonalField;
import jp.mnledger.kernel.subject.AcquisitionChannel;
import jp.mnledger.kernel.subject.EmploymentChange;
import jp.mnledger.kernel.subject.EmploymentRecordedEvent;
import jp.mnledger.kernel.subject.MyNumberAcquiredEvent;
import jp.mnledger.kernel.subject.RecordEmploymentCommand;
import jp.mnledger.kernel.subject.RevealMyNumberCommand;
import jp.mnledger.kernel.subject.SubjectKind;
import jp.mnledger.kernel.subject.SubjectRegisteredEvent;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** 廃棄: proposed when retention ends, confirmed by a person (or the company's policy), then nothing more. */
class SubjectDisposalTest {

    private static final String COMPANY = "7d1f4a52-0c7e-4f3e-9d55-5e1b8c9f0a01";
    private static final String SUBJECT = "0b6a2f4e-9f21-4d3a-8e7c-1c2d3e4f5a03";
    private static final String CERTIFICATE = "c3a1b2d4-0000-4000-8000-00000000c001";
    private static final LocalDate DUE = LocalDate.of(2023, 1, 11);

    /** Records what was erased, like the vault would. */
    static final class RecordingEraser implements SubjectEraser {
        final List<String> erased = new ArrayList<>();

        @Override
        public boolean erase(String tenantId, String subjectId) {
            erased.add(tenantId + "/" + subjectId);
            return true;
        }
    }

    private FixtureConfiguration<Subject> fixture;
    private RecordingEraser eraser;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Subject.class);
        eraser = new RecordingEraser();
        fixture.registerInjectableResource(new InMemoryDirectory().company(COMPANY));
        fixture.registerInjectableResource(new DeterministicSealer());
        fixture.registerInjectableResource(new InMemoryInbox());
        fixture.registerInjectableResource(eraser);
    }

    private static SubjectRegisteredEvent registered() {
        return new SubjectRegisteredEvent(SUBJECT, COMPANY, SubjectKind.EMPLOYEE,
                sealed(COMPANY, SUBJECT, PersonalField.DISPLAY_NAME, "退職 太郎"), "E015", null, null, null);
    }

    private static MyNumberAcquiredEvent acquired() {
        return new MyNumberAcquiredEvent(SUBJECT, COMPANY, sealed(COMPANY, SUBJECT, PersonalField.MY_NUMBER, "123456789018"),
                AcquisitionChannel.PAPER, List.of(Purpose.WITHHOLDING_TAX));
    }

    private static EmploymentRecordedEvent employment(EmploymentChange change, LocalDate on) {
        return new EmploymentRecordedEvent(SUBJECT, COMPANY, change, on);
    }

    private static DisposalProposedEvent proposed() {
        return new DisposalProposedEvent(SUBJECT, COMPANY, DUE, "FUYO_KOJO_SHINKOKUSHO", "所得税法施行規則76条の3");
    }

    private static ProposeDisposalCommand propose() {
        return new ProposeDisposalCommand(SUBJECT, COMPANY, DUE, "FUYO_KOJO_SHINKOKUSHO", "所得税法施行規則76条の3");
    }

    @Test
    void aLeaverWhoseRetentionEndedIsProposedForDisposal() {
        fixture.given(registered(), acquired(), employment(EmploymentChange.STARTED, LocalDate.of(2008, 4, 1)),
                        employment(EmploymentChange.ENDED, LocalDate.of(2015, 3, 31)))
                .when(propose())
                .expectEvents(proposed());
    }

    @Test
    void proposingTwiceRecordsNothingTheSecondTime() {
        fixture.given(registered(), acquired(), employment(EmploymentChange.ENDED, LocalDate.of(2015, 3, 31)), proposed())
                .when(propose())
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void someoneStillEmployedIsNeverProposed() {
        fixture.given(registered(), acquired(), employment(EmploymentChange.STARTED, LocalDate.of(2008, 4, 1)))
                .when(propose())
                .expectNoEvents()
                .expectExceptionMessage(ErrorCode.RETENTION_NOT_ENDED.name());
    }

    @Test
    void confirmingErasesTheKeyAndWritesTheDisposalRecord() {
        fixture.given(registered(), acquired(), employment(EmploymentChange.ENDED, LocalDate.of(2015, 3, 31)), proposed())
                .when(new ConfirmDisposalCommand(SUBJECT, COMPANY, CERTIFICATE, false))
                .expectEvents(new SubjectDisposedEvent(SUBJECT, COMPANY, DUE, "FUYO_KOJO_SHINKOKUSHO",
                        "所得税法施行規則76条の3", SubjectDisposedEvent.CRYPTOGRAPHIC_ERASE, CERTIFICATE, false));
        assertThat(eraser.erased).containsExactly(COMPANY + "/" + SUBJECT);
    }

    @Test
    void nothingIsDisposedOfWithoutAProposal() {
        fixture.given(registered(), acquired(), employment(EmploymentChange.ENDED, LocalDate.of(2015, 3, 31)))
                .when(new ConfirmDisposalCommand(SUBJECT, COMPANY, CERTIFICATE, false))
                .expectNoEvents()
                .expectExceptionMessage(ErrorCode.DISPOSAL_NOT_PROPOSED.name());
        assertThat(eraser.erased).isEmpty();
    }

    @Test
    void aRehiredPersonIsNotDisposedOfOnAStaleProposal() {
        fixture.given(registered(), acquired(), employment(EmploymentChange.ENDED, LocalDate.of(2015, 3, 31)), proposed(),
                        employment(EmploymentChange.STARTED, LocalDate.of(2026, 4, 1)))
                .when(new ConfirmDisposalCommand(SUBJECT, COMPANY, CERTIFICATE, false))
                .expectNoEvents()
                .expectExceptionMessage(ErrorCode.RETENTION_NOT_ENDED.name());
    }

    @Test
    void afterDisposalEveryCommandIsRefused() {
        SubjectDisposedEvent disposed = new SubjectDisposedEvent(SUBJECT, COMPANY, DUE, "FUYO_KOJO_SHINKOKUSHO",
                "所得税法施行規則76条の3", SubjectDisposedEvent.CRYPTOGRAPHIC_ERASE, CERTIFICATE, false);
        fixture.given(registered(), acquired(), proposed(), disposed)
                .when(new RevealMyNumberCommand(SUBJECT, COMPANY, Purpose.WITHHOLDING_TAX, "確認"))
                .expectNoEvents()
                .expectExceptionMessage(ErrorCode.SUBJECT_DISPOSED.name());
        fixture.given(registered(), acquired(), proposed(), disposed)
                .when(new RecordEmploymentCommand(SUBJECT, COMPANY, EmploymentChange.STARTED, LocalDate.of(2026, 4, 1)))
                .expectNoEvents()
                .expectExceptionMessage(ErrorCode.SUBJECT_DISPOSED.name());
        fixture.given(registered(), acquired(), proposed(), disposed)
                .when(new ConfirmDisposalCommand(SUBJECT, COMPANY, CERTIFICATE, false))
                .expectNoEvents()
                .expectExceptionMessage(ErrorCode.SUBJECT_DISPOSED.name());
    }
}
