package jp.mnledger.command.subject;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jp.mnledger.command.inbox.IdDocumentInbox;
import jp.mnledger.command.keyvault.PersonalDataSealer;
import jp.mnledger.command.keyvault.PersonalDocumentSealer;
import jp.mnledger.command.lookup.SubjectDirectory;
import jp.mnledger.kernel.error.DomainException;
import jp.mnledger.kernel.error.ErrorCode;
import jp.mnledger.kernel.inbox.IdDocumentContentType;
import jp.mnledger.kernel.inbox.IdDocumentImageContent;
import jp.mnledger.kernel.inbox.IdDocumentImagePurgeReason;
import jp.mnledger.kernel.inbox.IdDocumentImageReceivedEvent;
import jp.mnledger.kernel.inbox.IdDocumentImageViewedEvent;
import jp.mnledger.kernel.inbox.IdDocumentImagesPurgedEvent;
import jp.mnledger.kernel.inbox.PurgeIdDocumentImagesCommand;
import jp.mnledger.kernel.inbox.ReceiveIdDocumentImageCommand;
import jp.mnledger.kernel.inbox.ViewIdDocumentImageCommand;
import jp.mnledger.kernel.purpose.Purpose;
import jp.mnledger.kernel.seal.PersonalField;
import jp.mnledger.kernel.seal.SealedValue;
import jp.mnledger.kernel.seal.SealedValueOpener;
import jp.mnledger.kernel.subject.AcknowledgementSignedEvent;
import jp.mnledger.kernel.subject.AcquireMyNumberCommand;
import jp.mnledger.kernel.subject.SignAcknowledgementCommand;
import jp.mnledger.kernel.subject.AcquisitionChannel;
import jp.mnledger.kernel.subject.CorrectMyNumberCommand;
import jp.mnledger.kernel.subject.EmploymentChange;
import jp.mnledger.kernel.subject.EmploymentRecordedEvent;
import jp.mnledger.kernel.subject.MyNumberCorrectedEvent;
import jp.mnledger.kernel.subject.RecordEmploymentCommand;
import jp.mnledger.kernel.subject.IdentityCheckDocument;
import jp.mnledger.kernel.subject.MyNumberProvidedEvent;
import jp.mnledger.kernel.subject.MyNumberRefusedEvent;
import jp.mnledger.kernel.subject.MyNumberRevealedEvent;
import jp.mnledger.kernel.subject.MyNumberUseRefusedEvent;
import jp.mnledger.kernel.subject.MyNumberVerificationRefusedEvent;
import jp.mnledger.kernel.subject.MyNumberVerifiedEvent;
import jp.mnledger.kernel.subject.NumberCheckDocument;
import jp.mnledger.kernel.subject.ProvideMyNumberCommand;
import jp.mnledger.kernel.subject.RecordMyNumberRefusalCommand;
import jp.mnledger.kernel.subject.RevealMyNumberCommand;
import jp.mnledger.kernel.subject.RevealedMyNumber;
import jp.mnledger.kernel.subject.VerifyMyNumberCommand;
import jp.mnledger.kernel.subject.MyNumberAcquiredEvent;
import jp.mnledger.kernel.subject.RegisterOwnDependentCommand;
import jp.mnledger.kernel.subject.RegisterSubjectCommand;
import jp.mnledger.kernel.subject.SubjectKind;
import jp.mnledger.kernel.retention.ConfirmDisposalCommand;
import jp.mnledger.kernel.retention.DisposalProposedEvent;
import jp.mnledger.kernel.retention.ProposeDisposalCommand;
import jp.mnledger.kernel.retention.SubjectDisposedEvent;
import jp.mnledger.command.keyvault.SubjectEraser;
import jp.mnledger.kernel.subject.Relationship;
import jp.mnledger.kernel.subject.SubjectRegisteredEvent;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;

/**
 * A data subject of one company (its tenant) and the lifecycle of its number: acquire, verify, use,
 * provide, or the person's refusal. Personal fields are sealed with the subject's own key before they
 * reach an event; the aggregate holds the number only as that ciphertext. A refusal by the rules is
 * itself an event, and the command answers with a {@link LifecycleRefusal}.
 *
 * <p>ID-document images for 本人確認 wait in a receive-only inbox: received (sealed with the subject's key into
 * the {@link IdDocumentInbox}), viewed only by a handler while the number awaits verification, and purged
 * when it is verified or when the inbox's time limit passes. Every step is an event here; the bytes never are.
 */
class Subject {

    @AggregateIdentifier
    private String subjectId;
    private String companyId;
    private SubjectKind kind;
    private Relationship relationship;
    private boolean myNumberAcquired;
    private SealedValue sealedNumber;
    private AcquisitionChannel channel;
    private final Set<Purpose> notifiedPurposes = EnumSet.noneOf(Purpose.class);
    private LocalDate employmentStartedOn;
    private LocalDate deceasedOn;
    private LocalDate employmentEndedOn;
    private DisposalProposedEvent disposalProposal;
    private boolean disposed;
    private boolean myNumberVerified;
    /** Images received and not yet purged, in order of arrival, with their formats. */
    private final Map<String, IdDocumentContentType> heldImages = new LinkedHashMap<>();
    private final Set<String> purgedImages = new java.util.HashSet<>();

    Subject() {
        // for event sourcing
    }

    @CommandHandler
    Subject(RegisterSubjectCommand command, SubjectDirectory directory, PersonalDataSealer sealer) {
        if (!directory.companyExists(command.companyId())) {
            throw new DomainException(ErrorCode.COMPANY_NOT_FOUND);
        }
        checkRelatedSubject(command, directory);
        String occupation = occupation(command);
        if (command.employeeCode() != null
                && !directory.claimEmployeeCode(command.companyId(), command.employeeCode(), command.subjectId())) {
            throw new DomainException(ErrorCode.EMPLOYEE_CODE_TAKEN);
        }
        apply(new SubjectRegisteredEvent(command.subjectId(), command.companyId(), command.kind(),
                sealer.seal(command.companyId(), command.subjectId(), PersonalField.DISPLAY_NAME,
                        command.displayName().value()),
                command.employeeCode(), command.relatedSubjectId(), command.relationship(), occupation));
    }

    /** The person registers their own dependent (an invitation's flow): the same rules as a registration by staff. */
    @CommandHandler
    Subject(RegisterOwnDependentCommand command, SubjectDirectory directory, PersonalDataSealer sealer) {
        this(command.asRegistration(), directory, sealer);
    }

    /** Only a payee has an occupation; blank is none. */
    private static String occupation(RegisterSubjectCommand command) {
        String occupation = command.occupation() == null || command.occupation().isBlank() ? null : command.occupation().strip();
        if (occupation != null && (command.kind() != SubjectKind.PAYEE || occupation.length() > 100)) {
            throw new DomainException(ErrorCode.OCCUPATION_ONLY_FOR_PAYEES);
        }
        return occupation;
    }

    /** A dependent belongs to an employee-like subject of the same company; nobody else has a related subject. */
    private static void checkRelatedSubject(RegisterSubjectCommand command, SubjectDirectory directory) {
        if (command.kind() != SubjectKind.DEPENDENT) {
            if (command.relatedSubjectId() != null || command.relationship() != null) {
                throw new DomainException(ErrorCode.RELATED_SUBJECT_ONLY_FOR_DEPENDENTS);
            }
            return;
        }
        if (command.relatedSubjectId() == null) {
            throw new DomainException(ErrorCode.RELATED_SUBJECT_REQUIRED);
        }
        if (command.relationship() == null) {
            throw new DomainException(ErrorCode.RELATIONSHIP_REQUIRED);
        }
        SubjectKind relatedKind = directory.subjectKind(command.companyId(), command.relatedSubjectId())
                .orElseThrow(() -> new DomainException(ErrorCode.RELATED_SUBJECT_NOT_FOUND));
        if (!relatedKind.employed()) {
            throw new DomainException(ErrorCode.RELATED_SUBJECT_NOT_FOUND);
        }
    }

    @CommandHandler
    void handle(AcquireMyNumberCommand command, PersonalDataSealer sealer, SubjectDirectory directory) {
        sameCompany(command.companyId());
        if (command.purposesNotified().isEmpty()) {
            throw new DomainException(ErrorCode.PURPOSE_REQUIRED);
        }
        if (!directory.declaredPurposes(companyId).containsAll(command.purposesNotified())) {
            throw new DomainException(ErrorCode.PURPOSE_NOT_DECLARED);
        }
        if (myNumberAcquired) {
            throw new DomainException(ErrorCode.MY_NUMBER_ALREADY_ACQUIRED);
        }
        apply(new MyNumberAcquiredEvent(subjectId, companyId,
                sealer.seal(companyId, subjectId, PersonalField.MY_NUMBER, command.myNumber().digits()),
                command.channel(), command.purposesNotified().stream().sorted().toList()));
    }

    /** 本人確認 with the documents the law accepts (LAW.md §5); anything else is refused and the refusal recorded. */
    @CommandHandler
    Object handle(VerifyMyNumberCommand command, IdDocumentInbox inbox) {
        sameCompany(command.companyId());
        String refusal = !myNumberAcquired ? "NUMBER_NOT_HELD" : verificationRefusal(command);
        if (refusal != null) {
            apply(new MyNumberVerificationRefusedEvent(subjectId, companyId, refusal));
            return new LifecycleRefusal(refusal.equals("NUMBER_NOT_HELD")
                    ? ErrorCode.MY_NUMBER_NOT_HELD : ErrorCode.VERIFICATION_DOCUMENT_NOT_ACCEPTED);
        }
        apply(new MyNumberVerifiedEvent(subjectId, companyId, command.numberCheck(), command.identityCheck(),
                command.proxyAuthority(), command.proxyIdentityCheck()));
        // The images have served their purpose: they go in the same transaction as the verification.
        purge(List.copyOf(heldImages.keySet()), IdDocumentImagePurgeReason.VERIFIED, inbox);
        return null;
    }

    /**
     * An ID-document image arrives: sealed with the subject's own key (a disposed subject has none, and gets
     * none) and stored in the inbox; the event records what arrived, never the image. Nothing is accepted
     * once the number is verified: there is nothing left to verify.
     */
    @CommandHandler
    void handle(ReceiveIdDocumentImageCommand command, PersonalDocumentSealer sealer, IdDocumentInbox inbox) {
        sameCompany(command.companyId());
        if (command.imageId() == null || command.kind() == null || heldImages.containsKey(command.imageId())
                || purgedImages.contains(command.imageId())) {
            throw new DomainException(ErrorCode.REQUEST_INVALID);
        }
        if (myNumberVerified) {
            throw new DomainException(ErrorCode.ID_IMAGE_NOT_ACCEPTED);
        }
        if (command.sizeBytes() == 0) {
            throw new DomainException(ErrorCode.ID_IMAGE_EMPTY);
        }
        if (command.sizeBytes() > inbox.maxImageBytes()) {
            throw new DomainException(ErrorCode.ID_IMAGE_TOO_LARGE);
        }
        byte[] content = command.content();
        if (command.contentType() == null || !command.contentType().matches(content)) {
            throw new DomainException(ErrorCode.ID_IMAGE_TYPE_NOT_SUPPORTED);
        }
        SealedValue sealed = sealer.sealDocument(companyId, subjectId, PersonalField.ID_DOCUMENT_IMAGE, command.imageId(),
                content);
        inbox.store(command.imageId(), subjectId, companyId, command.kind(), command.contentType(), content.length, sealed);
        apply(new IdDocumentImageReceivedEvent(subjectId, companyId, command.imageId(), command.kind(),
                command.contentType(), content.length, sha256Hex(sealed.ciphertext())));
    }

    /**
     * A handler views an image to verify the number: only while an acquired number awaits verification, and
     * never once the image is purged. The view is recorded; the image exists in clear only in the result.
     */
    @CommandHandler
    IdDocumentImageContent handle(ViewIdDocumentImageCommand command, PersonalDocumentSealer opener,
                                  IdDocumentInbox inbox) {
        sameCompany(command.companyId());
        if (purgedImages.contains(command.imageId())) {
            throw new DomainException(ErrorCode.ID_IMAGE_PURGED);
        }
        IdDocumentContentType contentType = heldImages.get(command.imageId());
        if (contentType == null) {
            throw new DomainException(ErrorCode.ID_IMAGE_NOT_FOUND);
        }
        if (!myNumberAcquired || myNumberVerified) {
            throw new DomainException(ErrorCode.ID_IMAGE_NOT_VIEWABLE);
        }
        SealedValue sealed = inbox.sealedImage(subjectId, command.imageId())
                .orElseThrow(() -> new DomainException(ErrorCode.ID_IMAGE_PURGED));
        byte[] content = opener.openDocument(subjectId, PersonalField.ID_DOCUMENT_IMAGE, command.imageId(), sealed)
                .orElseThrow(() -> new DomainException(ErrorCode.SUBJECT_KEY_DESTROYED));
        apply(new IdDocumentImageViewedEvent(subjectId, companyId, command.imageId()));
        return new IdDocumentImageContent(command.imageId(), contentType, content);
    }

    /**
     * Purges images still held (the sweep's EXPIRED; VERIFIED only once verified); those already purged are
     * skipped. Answers how many were purged; none purged, nothing recorded.
     */
    @CommandHandler
    int handle(PurgeIdDocumentImagesCommand command, IdDocumentInbox inbox) {
        sameCompany(command.companyId());
        if (command.reason() == null || (command.reason() == IdDocumentImagePurgeReason.VERIFIED && !myNumberVerified)) {
            throw new DomainException(ErrorCode.REQUEST_INVALID);
        }
        return purge(command.imageIds().stream().filter(heldImages::containsKey).distinct().toList(), command.reason(), inbox);
    }

    private int purge(List<String> imageIds, IdDocumentImagePurgeReason reason, IdDocumentInbox inbox) {
        if (imageIds.isEmpty()) {
            return 0;
        }
        inbox.delete(subjectId, imageIds);
        apply(new IdDocumentImagesPurgedEvent(subjectId, companyId, imageIds, reason));
        return imageIds.size();
    }

    private static String sha256Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from the JDK", e);
        }
    }

    private String verificationRefusal(VerifyMyNumberCommand command) {
        if (command.numberCheck() == null || command.identityCheck() == null) {
            return "DOCUMENT_MISSING";
        }
        if (command.numberCheck() == NumberCheckDocument.NUMBER_NOTICE_LETTER
                || command.identityCheck() == IdentityCheckDocument.NUMBER_NOTICE_LETTER
                || command.proxyIdentityCheck() == IdentityCheckDocument.NUMBER_NOTICE_LETTER) {
            return "NUMBER_NOTICE_LETTER_NOT_ACCEPTED";
        }
        if (command.numberCheck() == NumberCheckDocument.NOTIFICATION_CARD && !command.notificationCardStillMatches()) {
            return "NOTIFICATION_CARD_OUTDATED";
        }
        if (command.identityCheck() == IdentityCheckDocument.KNOWN_IN_PERSON && !kind.employed()) {
            return "KNOWN_IN_PERSON_ONLY_FOR_EMPLOYEES";
        }
        if (command.nationalPensionCategory3() && relationship != Relationship.SPOUSE) {
            return "CATEGORY3_ONLY_FOR_SPOUSE";
        }
        // 第3号被保険者関係届: the spouse is the 届出義務者, so the employer verifies; through the employee the three proxy checks apply.
        boolean throughSomeoneElse = channel == AcquisitionChannel.PROXY
                || (command.nationalPensionCategory3() && channel == AcquisitionChannel.EMPLOYEE_FOR_DEPENDENT);
        if (throughSomeoneElse) {
            if (command.proxyAuthority() == null) {
                return "PROXY_AUTHORITY_REQUIRED";
            }
            if (command.proxyIdentityCheck() == null || command.proxyIdentityCheck() == IdentityCheckDocument.KNOWN_IN_PERSON) {
                return "PROXY_IDENTITY_REQUIRED";
            }
        }
        return null;
    }

    /**
     * 利用: the number in clear, for this result only, when it was notified for the purpose. A purpose not
     * notified at acquisition is refused whatever the person may since have agreed to (番号法 9/19/29).
     */
    @CommandHandler
    Object handle(RevealMyNumberCommand command, PersonalDataSealer sealer, SealedValueOpener opener) {
        sameCompany(command.companyId());
        if (command.reason() == null || command.reason().isBlank()) {
            throw new DomainException(ErrorCode.REASON_REQUIRED);
        }
        LifecycleRefusal refusal = useRefusal("REVEAL", command.purpose());
        if (refusal != null) {
            return refusal;
        }
        Optional<String> number = opener.open(subjectId, PersonalField.MY_NUMBER, sealedNumber);
        if (number.isEmpty()) {
            return refuseUse("REVEAL", command.purpose(), "NUMBER_NOT_HELD", ErrorCode.MY_NUMBER_NOT_HELD);
        }
        apply(new MyNumberRevealedEvent(subjectId, companyId, command.purpose(),
                sealer.seal(companyId, subjectId, PersonalField.STATED_REASON, command.reason().strip())));
        return new RevealedMyNumber(number.get());
    }

    /** 提供: recorded per subject, only for a purpose notified at acquisition. */
    @CommandHandler
    Object handle(ProvideMyNumberCommand command) {
        sameCompany(command.companyId());
        if (command.recipient() == null || command.method() == null) {
            throw new DomainException(ErrorCode.REQUEST_INVALID);
        }
        LifecycleRefusal refusal = useRefusal("PROVIDE", command.purpose());
        if (refusal != null) {
            return refusal;
        }
        apply(new MyNumberProvidedEvent(subjectId, companyId, command.purpose(), command.recipient(),
                command.recipientName(), command.method(), command.document()));
        return null;
    }

    /** The person declined: how and when it was requested, and their reason (sealed), so filings can go on. */
    @CommandHandler
    void handle(RecordMyNumberRefusalCommand command, PersonalDataSealer sealer) {
        sameCompany(command.companyId());
        if (myNumberAcquired) {
            throw new DomainException(ErrorCode.MY_NUMBER_ALREADY_ACQUIRED);
        }
        if (command.howRequested() == null || command.howRequested().isBlank() || command.requestedOn() == null) {
            throw new DomainException(ErrorCode.REQUEST_INVALID);
        }
        apply(new MyNumberRefusedEvent(subjectId, companyId, command.howRequested().strip(), command.requestedOn(),
                command.statedReason() == null || command.statedReason().isBlank() ? null
                        : sealer.seal(companyId, subjectId, PersonalField.STATED_REASON, command.statedReason().strip())));
    }

    /** A reissued or corrected number replaces the held one and needs 本人確認 again. */
    @CommandHandler
    void handle(CorrectMyNumberCommand command, PersonalDataSealer sealer, SealedValueOpener opener) {
        sameCompany(command.companyId());
        if (!myNumberAcquired || sealedNumber == null) {
            throw new DomainException(ErrorCode.MY_NUMBER_NOT_HELD);
        }
        if (command.reason() == null) {
            throw new DomainException(ErrorCode.REASON_REQUIRED);
        }
        if (opener.open(subjectId, PersonalField.MY_NUMBER, sealedNumber).filter(command.newNumber().digits()::equals)
                .isPresent()) {
            throw new DomainException(ErrorCode.SAME_MY_NUMBER);
        }
        apply(new MyNumberCorrectedEvent(subjectId, companyId,
                sealer.seal(companyId, subjectId, PersonalField.MY_NUMBER, command.newNumber().digits()), command.reason()));
    }

    @CommandHandler
    void handle(RecordEmploymentCommand command) {
        sameCompany(command.companyId());
        if (command.change() == null || command.effectiveOn() == null || deceasedOn != null
                || (command.change() == EmploymentChange.ENDED && employmentStartedOn != null
                && command.effectiveOn().isBefore(employmentStartedOn))) {
            throw new DomainException(ErrorCode.EMPLOYMENT_DATES_INVALID);
        }
        apply(new EmploymentRecordedEvent(subjectId, companyId, command.change(), command.effectiveOn()));
    }

    /** The person's 同意書 against the company's current handling rules; the typed name is sealed. */
    @CommandHandler
    void handle(SignAcknowledgementCommand command, SubjectDirectory directory, PersonalDataSealer sealer) {
        sameCompany(command.companyId());
        if (command.typedName() == null || command.typedName().isBlank()) {
            throw new DomainException(ErrorCode.REQUEST_INVALID);
        }
        int version = directory.currentRulesVersion(companyId);
        if (version == 0) {
            throw new DomainException(ErrorCode.HANDLING_RULES_NOT_PUBLISHED);
        }
        apply(new AcknowledgementSignedEvent(subjectId, companyId, version,
                sealer.seal(companyId, subjectId, PersonalField.TYPED_NAME, command.typedName().strip())));
    }

    private LifecycleRefusal useRefusal(String action, Purpose purpose) {
        if (!myNumberAcquired || sealedNumber == null) {
            return refuseUse(action, purpose, "NUMBER_NOT_HELD", ErrorCode.MY_NUMBER_NOT_HELD);
        }
        if (!notifiedPurposes.contains(purpose)) {
            return refuseUse(action, purpose, "PURPOSE_NOT_NOTIFIED", ErrorCode.PURPOSE_NOT_NOTIFIED);
        }
        return null;
    }

    private LifecycleRefusal refuseUse(String action, Purpose purpose, String reason, ErrorCode code) {
        apply(new MyNumberUseRefusedEvent(subjectId, companyId, action, purpose, reason));
        return new LifecycleRefusal(code);
    }

    private void sameCompany(String requestedCompany) {
        if (!companyId.equals(requestedCompany)) {
            // Never confirm that a subject exists in another tenant.
            throw new DomainException(ErrorCode.SUBJECT_NOT_FOUND);
        }
        if (disposed) {
            throw new DomainException(ErrorCode.SUBJECT_DISPOSED);
        }
    }

    /** Still employed (or a payee's contract running): the number is kept year to year, never disposed of. */
    private boolean continuing() {
        return deceasedOn == null && employmentStartedOn != null && employmentEndedOn == null;
    }

    /**
     * The sweep (or a manager) proposes disposal once the schedule says retention has ended; proposing again is
     * a no-op, so a restarted sweep records nothing twice.
     */
    @CommandHandler
    void handle(ProposeDisposalCommand command) {
        sameCompany(command.companyId());
        if (command.dueOn() == null || continuing()) {
            throw new DomainException(ErrorCode.RETENTION_NOT_ENDED);
        }
        if (disposalProposal != null) {
            return;
        }
        apply(new DisposalProposedEvent(subjectId, companyId, command.dueOn(), command.documentTypeId(), command.basis()));
    }

    /**
     * 廃棄: images still in the inbox are purged, the 廃棄記録 is written, and the subject's key is destroyed with
     * every copy the command side holds — in this transaction. After it, every command is refused (SUBJECT_DISPOSED)
     * and no key can ever be created for the subject again (the vault's tombstone).
     */
    @CommandHandler
    void handle(ConfirmDisposalCommand command, SubjectEraser eraser, IdDocumentInbox inbox) {
        sameCompany(command.companyId());
        if (disposalProposal == null) {
            throw new DomainException(ErrorCode.DISPOSAL_NOT_PROPOSED);
        }
        if (continuing()) {
            throw new DomainException(ErrorCode.RETENTION_NOT_ENDED);
        }
        if (!heldImages.isEmpty()) {
            purge(List.copyOf(heldImages.keySet()), IdDocumentImagePurgeReason.DISPOSED, inbox);
        }
        apply(new SubjectDisposedEvent(subjectId, companyId, disposalProposal.dueOn(), disposalProposal.documentTypeId(),
                disposalProposal.basis(), SubjectDisposedEvent.CRYPTOGRAPHIC_ERASE, command.certificateId(),
                command.automatic()));
        eraser.erase(companyId, subjectId);
    }

    @EventSourcingHandler
    void on(DisposalProposedEvent event) {
        this.disposalProposal = event;
    }

    @EventSourcingHandler
    void on(SubjectDisposedEvent event) {
        this.disposed = true;
        this.sealedNumber = null;
        this.heldImages.clear();
    }

    @EventSourcingHandler
    void on(MyNumberCorrectedEvent event) {
        this.sealedNumber = event.myNumber();
        this.myNumberVerified = false;
    }

    @EventSourcingHandler
    void on(MyNumberVerifiedEvent event) {
        this.myNumberVerified = true;
    }

    @EventSourcingHandler
    void on(IdDocumentImageReceivedEvent event) {
        heldImages.put(event.imageId(), event.contentType());
    }

    @EventSourcingHandler
    void on(IdDocumentImagesPurgedEvent event) {
        event.imageIds().forEach(heldImages::remove);
        purgedImages.addAll(event.imageIds());
    }

    @EventSourcingHandler
    void on(EmploymentRecordedEvent event) {
        switch (event.change()) {
            case STARTED -> {
                employmentStartedOn = event.effectiveOn();
                employmentEndedOn = null;
            }
            case ENDED -> employmentEndedOn = event.effectiveOn();
            case DECEASED -> deceasedOn = event.effectiveOn();
        }
    }

    @EventSourcingHandler
    void on(SubjectRegisteredEvent event) {
        this.subjectId = event.subjectId();
        this.companyId = event.companyId();
        this.kind = event.kind();
        this.relationship = event.relationship();
    }

    @EventSourcingHandler
    void on(MyNumberAcquiredEvent event) {
        this.myNumberAcquired = true;
        this.sealedNumber = event.myNumber();
        this.channel = event.channel();
        this.notifiedPurposes.addAll(event.purposesNotified());
    }
}
