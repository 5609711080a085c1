package jp.mnledger.command.subject;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import jp.mnledger.command.keyvault.PersonalDataSealer;
import jp.mnledger.command.lookup.SubjectDirectory;
import jp.mnledger.kernel.error.DomainException;
import jp.mnledger.kernel.error.ErrorCode;
import jp.mnledger.kernel.seal.PersonalField;
import jp.mnledger.kernel.subject.AcquireMyNumberCommand;
import jp.mnledger.kernel.subject.MyNumberAcquiredEvent;
import jp.mnledger.kernel.subject.RegisterSubjectCommand;
import jp.mnledger.kernel.subject.SubjectKind;
import jp.mnledger.kernel.subject.SubjectRegisteredEvent;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;

/**
 * A data subject of one company (its tenant) and the lifecycle of its number. Personal fields are sealed
 * with the subject's own key before they reach an event; the aggregate keeps no personal data in memory.
 */
class Subject {

    @AggregateIdentifier
    private String subjectId;
    private String companyId;
    private boolean myNumberAcquired;

    Subject() {
        // for event sourcing
    }

    @CommandHandler
    Subject(RegisterSubjectCommand command, SubjectDirectory directory, PersonalDataSealer sealer) {
        if (!directory.companyExists(command.companyId())) {
            throw new DomainException(ErrorCode.COMPANY_NOT_FOUND);
        }
        checkRelatedSubject(command, directory);
        apply(new SubjectRegisteredEvent(command.subjectId(), command.companyId(), command.kind(),
                sealer.seal(command.companyId(), command.subjectId(), PersonalField.DISPLAY_NAME,
                        command.displayName().value()),
                command.employeeCode(), command.relatedSubjectId()));
    }

    /** A dependent belongs to an employee-like subject of the same company; nobody else has a related subject. */
    private static void checkRelatedSubject(RegisterSubjectCommand command, SubjectDirectory directory) {
        if (command.kind() != SubjectKind.DEPENDENT) {
            if (command.relatedSubjectId() != null) {
                throw new DomainException(ErrorCode.REQUEST_INVALID);
            }
            return;
        }
        if (command.relatedSubjectId() == null) {
            throw new DomainException(ErrorCode.RELATED_SUBJECT_REQUIRED);
        }
        SubjectKind relatedKind = directory.subjectKind(command.companyId(), command.relatedSubjectId())
                .orElseThrow(() -> new DomainException(ErrorCode.RELATED_SUBJECT_NOT_FOUND));
        if (relatedKind == SubjectKind.DEPENDENT || relatedKind == SubjectKind.PAYEE) {
            throw new DomainException(ErrorCode.RELATED_SUBJECT_NOT_FOUND);
        }
    }

    @CommandHandler
    void handle(AcquireMyNumberCommand command, PersonalDataSealer sealer) {
        if (!companyId.equals(command.companyId())) {
            // Never confirm that a subject exists in another tenant.
            throw new DomainException(ErrorCode.SUBJECT_NOT_FOUND);
        }
        if (command.purposesNotified().isEmpty()) {
            throw new DomainException(ErrorCode.PURPOSE_REQUIRED);
        }
        if (myNumberAcquired) {
            throw new DomainException(ErrorCode.MY_NUMBER_ALREADY_ACQUIRED);
        }
        apply(new MyNumberAcquiredEvent(subjectId, companyId,
                sealer.seal(companyId, subjectId, PersonalField.MY_NUMBER, command.myNumber().digits()),
                command.channel(), command.purposesNotified().stream().sorted().toList()));
    }

    @EventSourcingHandler
    void on(SubjectRegisteredEvent event) {
        this.subjectId = event.subjectId();
        this.companyId = event.companyId();
    }

    @EventSourcingHandler
    void on(MyNumberAcquiredEvent event) {
        this.myNumberAcquired = true;
    }
}
