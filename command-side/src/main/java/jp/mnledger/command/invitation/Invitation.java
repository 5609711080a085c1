package jp.mnledger.command.invitation;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import jp.mnledger.command.lookup.SubjectDirectory;
import jp.mnledger.kernel.error.DomainException;
import jp.mnledger.kernel.error.ErrorCode;
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
import jp.mnledger.kernel.subject.SubjectKind;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;

/**
 * An invitation (ADR 0021): issued for one subject, usable until it expires or its submission is sent;
 * then spent for good. Each opening, each step and the completion are events. An unusable invitation — expired,
 * spent, or about another subject — is refused with one code, whichever the reason.
 */
class Invitation {

    /** The purposes an employee (役員・パート等を含む) is notified of by default, where the company declared them. */
    static final Set<Purpose> EMPLOYEE_PURPOSES =
            EnumSet.of(Purpose.WITHHOLDING_TAX, Purpose.SOCIAL_INSURANCE, Purpose.EMPLOYMENT_INSURANCE);
    /** A payee's default: the 支払調書. */
    static final Set<Purpose> PAYEE_PURPOSES = EnumSet.of(Purpose.PAYMENT_REPORT);

    @AggregateIdentifier
    private String invitationId;
    private String companyId;
    private String subjectId;
    private SubjectKind subjectKind;
    private Instant expiresAt;
    private boolean redeemed;
    private boolean completed;
    private boolean ownNumberSent;
    private final Set<String> dependents = new HashSet<>();
    private int imagesSent;

    Invitation() {
        // for event sourcing
    }

    @CommandHandler
    Invitation(IssueInvitationCommand command, SubjectDirectory directory) {
        SubjectKind kind = directory.subjectKind(command.companyId(), command.subjectId())
                .orElseThrow(() -> new DomainException(ErrorCode.SUBJECT_NOT_FOUND));
        if (!kind.employed() && kind != SubjectKind.PAYEE) {
            throw new DomainException(ErrorCode.INVITATION_SUBJECT_KIND);
        }
        if (command.secretHash() == null || !command.secretHash().matches("[0-9a-f]{64}") || command.expiresAt() == null) {
            throw new DomainException(ErrorCode.REQUEST_INVALID);
        }
        Set<Purpose> declared = directory.declaredPurposes(command.companyId());
        Set<Purpose> purposes = EnumSet.noneOf(Purpose.class);
        if (command.purposes().isEmpty()) {
            purposes.addAll(kind.employed() ? EMPLOYEE_PURPOSES : PAYEE_PURPOSES);
            purposes.retainAll(declared);
        } else {
            purposes.addAll(command.purposes());
        }
        if (purposes.isEmpty()) {
            throw new DomainException(ErrorCode.PURPOSE_REQUIRED);
        }
        if (!declared.containsAll(purposes)) {
            throw new DomainException(ErrorCode.PURPOSE_NOT_DECLARED);
        }
        apply(new InvitationIssuedEvent(command.invitationId(), command.companyId(), command.subjectId(), kind,
                command.secretHash(), command.expiresAt(), purposes.stream().sorted().toList()));
    }

    @CommandHandler
    void handle(RedeemInvitationCommand command) {
        usable(command.companyId(), command.subjectId(), command.now());
        apply(new InvitationRedeemedEvent(invitationId, companyId, subjectId));
    }

    @CommandHandler
    void handle(RecordInvitationStepCommand command) {
        usable(command.companyId(), command.subjectId(), command.now());
        if (!redeemed || command.step() == null || command.aboutSubjectId() == null) {
            throw new DomainException(ErrorCode.REQUEST_INVALID);
        }
        if (command.step() == InvitationStep.DEPENDENT
                && (!subjectKind.employed() || command.relationship() == null || command.aboutSubjectId().equals(subjectId))) {
            throw new DomainException(ErrorCode.REQUEST_INVALID);
        }
        apply(new InvitationStepRecordedEvent(invitationId, companyId, subjectId, command.step(), command.aboutSubjectId(),
                command.step() == InvitationStep.DEPENDENT ? command.relationship() : null));
    }

    @CommandHandler
    InvitationReceipt handle(CompleteInvitationCommand command) {
        usable(command.companyId(), command.subjectId(), command.now());
        if (!redeemed || command.receiptId() == null || command.receiptId().isBlank()) {
            throw new DomainException(ErrorCode.REQUEST_INVALID);
        }
        if (!ownNumberSent && dependents.isEmpty() && imagesSent == 0) {
            throw new DomainException(ErrorCode.INVITATION_NOTHING_SENT);
        }
        apply(new InvitationCompletedEvent(invitationId, companyId, subjectId, command.receiptId(), ownNumberSent,
                dependents.size(), imagesSent));
        return new InvitationReceipt(command.receiptId(), command.now(), ownNumberSent, dependents.size(), imagesSent);
    }

    /** Open, for this subject, and not yet expired at {@code now}; anything else gets the one answer. */
    private void usable(String company, String subject, Instant now) {
        if (completed || now == null || !now.isBefore(expiresAt) || !companyId.equals(company) || !subjectId.equals(subject)) {
            throw new DomainException(ErrorCode.INVITATION_NOT_USABLE);
        }
    }

    @EventSourcingHandler
    void on(InvitationIssuedEvent event) {
        invitationId = event.invitationId();
        companyId = event.companyId();
        subjectId = event.subjectId();
        subjectKind = event.subjectKind();
        expiresAt = event.expiresAt();
    }

    @EventSourcingHandler
    void on(InvitationRedeemedEvent event) {
        redeemed = true;
    }

    @EventSourcingHandler
    void on(InvitationStepRecordedEvent event) {
        switch (event.step()) {
            case OWN_NUMBER -> ownNumberSent = true;
            case DEPENDENT -> dependents.add(event.aboutSubjectId());
            case ID_IMAGE -> imagesSent++;
        }
    }

    @EventSourcingHandler
    void on(InvitationCompletedEvent event) {
        completed = true;
    }
}
