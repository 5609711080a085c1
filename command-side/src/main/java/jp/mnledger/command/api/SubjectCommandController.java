package jp.mnledger.command.api;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import jp.mnledger.command.subject.LifecycleRefusal;
import java.util.Set;
import java.util.UUID;
import jp.mnledger.kernel.error.DomainException;
import jp.mnledger.kernel.error.ErrorCode;
import jp.mnledger.kernel.error.ResourceIds;
import jp.mnledger.kernel.number.MyNumber;
import jp.mnledger.kernel.purpose.Purpose;
import jp.mnledger.kernel.seal.PersonalName;
import jp.mnledger.kernel.subject.AcquireMyNumberCommand;
import jp.mnledger.kernel.subject.AcquisitionChannel;
import jp.mnledger.kernel.subject.CorrectMyNumberCommand;
import jp.mnledger.kernel.subject.CorrectionReason;
import jp.mnledger.kernel.subject.EmploymentChange;
import jp.mnledger.kernel.subject.RecordEmploymentCommand;
import jp.mnledger.kernel.subject.SignAcknowledgementCommand;
import jp.mnledger.kernel.subject.IdentityCheckDocument;
import jp.mnledger.kernel.subject.NumberCheckDocument;
import jp.mnledger.kernel.subject.ProvideMyNumberCommand;
import jp.mnledger.kernel.subject.ProvisionMethod;
import jp.mnledger.kernel.subject.ProxyAuthority;
import jp.mnledger.kernel.subject.Recipient;
import jp.mnledger.kernel.subject.RecordMyNumberRefusalCommand;
import jp.mnledger.kernel.subject.RevealMyNumberCommand;
import jp.mnledger.kernel.subject.RevealedMyNumber;
import jp.mnledger.kernel.subject.VerifyMyNumberCommand;
import jp.mnledger.kernel.subject.MyNumberStatus;
import jp.mnledger.kernel.subject.RegisterSubjectCommand;
import jp.mnledger.kernel.subject.SubjectKind;
import jp.mnledger.kernel.subject.Relationship;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import jp.mnledger.kernel.audit.AuditMetadata;

/**
 * The lifecycle of a subject's number over REST. Each endpoint is a thin wrapper around a method taking
 * the caller's {@link AuditMetadata}, which the GraphQL mutations ({@link CommandMutations}) call too: one
 * place turns a request into a command.
 */
@RestController
@RequestMapping("/api/v1/companies/{companyId}/subjects")
class SubjectCommandController {

    private final CommandGateway commands;
    private final AuditMetadataResolver metadata;

    SubjectCommandController(CommandGateway commands, AuditMetadataResolver metadata) {
        this.commands = commands;
        this.metadata = metadata;
    }

    record RegisterSubjectRequest(@NotNull SubjectKind kind,
                                  @NotBlank @Size(max = 300) String displayName,
                                  @Size(max = 64) @Pattern(regexp = "[\\p{Alnum}._-]*") String employeeCode,
                                  String relatedSubjectId, Relationship relationship,
                                  @Size(max = 100) String occupation) {

        @Override
        public String toString() {
            return "RegisterSubjectRequest[kind=" + kind + "]";
        }
    }

    /** The number arrives only in the body; {@link #toString()} hides it. */
    record AcquireMyNumberRequest(String myNumber, @NotNull AcquisitionChannel channel,
                                  @NotNull Set<Purpose> purposesNotified) {

        @Override
        public String toString() {
            return "AcquireMyNumberRequest[channel=" + channel + "]";
        }
    }

    record MyNumberStatusResponse(String subjectId, MyNumberStatus myNumberStatus) {
    }

    record VerificationRequest(@NotNull NumberCheckDocument numberCheck, boolean notificationCardStillMatches,
                               @NotNull IdentityCheckDocument identityCheck, ProxyAuthority proxyAuthority,
                               IdentityCheckDocument proxyIdentityCheck, boolean nationalPensionCategory3) {
    }

    record RevealRequest(@NotNull Purpose purpose, @NotBlank @Size(max = 500) String reason) {
        @Override
        public String toString() {
            return "RevealRequest[" + purpose + "]";
        }
    }

    record RevealResponse(String myNumber) {
        @Override
        public String toString() {
            return "RevealResponse[************]";
        }
    }

    record ProvisionRequest(@NotNull Purpose purpose, @NotNull Recipient recipient, @Size(max = 200) String recipientName,
                            @NotNull ProvisionMethod method, @NotBlank @Size(max = 200) String document) {
    }

    record RefusalRequest(@NotBlank @Size(max = 200) String howRequested, @NotNull LocalDate requestedOn,
                          @Size(max = 1000) String statedReason) {
        @Override
        public String toString() {
            return "RefusalRequest[" + requestedOn + "]";
        }
    }

    record CorrectionRequest(String myNumber, @NotNull CorrectionReason reason) {
        @Override
        public String toString() {
            return "CorrectionRequest[" + reason + "]";
        }
    }

    record EmploymentRequest(@NotNull EmploymentChange change, @NotNull LocalDate effectiveOn) {
    }

    record AcknowledgementRequest(@NotBlank @Size(max = 300) String typedName) {
        @Override
        public String toString() {
            return "AcknowledgementRequest[***]";
        }
    }

    @Operation(summary = "対象者を登録する / Register a data subject", tags = "対象者")
    @PostMapping
    ResponseEntity<CreatedResponse> register(@PathVariable String companyId, @Valid @RequestBody RegisterSubjectRequest body,
                                             HttpServletRequest request) {
        CreatedResponse created = register(companyId, body, metadata.resolve(request, null));
        return ResponseEntity.created(URI.create("/api/v1/companies/" + companyId + "/subjects/" + created.id()))
                .body(created);
    }

    CreatedResponse register(String companyId, RegisterSubjectRequest body, AuditMetadata audit) {
        String company = ResourceIds.require(companyId, ErrorCode.COMPANY_NOT_FOUND);
        String related = body.relatedSubjectId() == null
                ? null : ResourceIds.require(body.relatedSubjectId(), ErrorCode.RELATED_SUBJECT_NOT_FOUND);
        String subjectId = UUID.randomUUID().toString();
        String employeeCode = body.employeeCode() == null || body.employeeCode().isEmpty() ? null : body.employeeCode();
        commands.sendAndWait(new RegisterSubjectCommand(subjectId, company, body.kind(),
                        new PersonalName(body.displayName().strip()), employeeCode, related, body.relationship(),
                        body.occupation()),
                MetaData.from(audit.withTenant(company).toMap()));
        return new CreatedResponse(subjectId);
    }

    @Operation(summary = "個人番号を取得する（通知した利用目的を記録） / Acquire a number", tags = "個人番号のライフサイクル")
    @PostMapping("/{subjectId}/my-number")
    ResponseEntity<MyNumberStatusResponse> acquire(@PathVariable String companyId, @PathVariable String subjectId,
                                                   @Valid @RequestBody AcquireMyNumberRequest body,
                                                   HttpServletRequest request) {
        MyNumberStatusResponse status = acquire(companyId, subjectId, body, metadata.resolve(request, null));
        return ResponseEntity.created(URI.create("/api/v1/companies/" + companyId + "/subjects/" + status.subjectId()))
                .body(status);
    }

    MyNumberStatusResponse acquire(String companyId, String subjectId, AcquireMyNumberRequest body, AuditMetadata audit) {
        String company = ResourceIds.require(companyId, ErrorCode.COMPANY_NOT_FOUND);
        String subject = ResourceIds.require(subjectId, ErrorCode.SUBJECT_NOT_FOUND);
        MyNumber myNumber = MyNumber.parse(body.myNumber());
        sendToExistingSubject(new AcquireMyNumberCommand(subject, company, myNumber, body.channel(),
                body.purposesNotified()), audit.withTenant(company));
        return new MyNumberStatusResponse(subject, MyNumberStatus.ACQUIRED);
    }

    /** 本人確認: the documents seen for the number, the identity and, for a proxy, the proxy. */
    @Operation(summary = "本人確認（番号確認・身元確認） / Verify identity and number", tags = "個人番号のライフサイクル")
    @PostMapping("/{subjectId}/my-number/verification")
    ResponseEntity<MyNumberStatusResponse> verify(@PathVariable String companyId, @PathVariable String subjectId,
                                                  @Valid @RequestBody VerificationRequest body, HttpServletRequest request) {
        return ResponseEntity.ok(verify(companyId, subjectId, body, metadata.resolve(request, null)));
    }

    MyNumberStatusResponse verify(String companyId, String subjectId, VerificationRequest body, AuditMetadata audit) {
        String company = ResourceIds.require(companyId, ErrorCode.COMPANY_NOT_FOUND);
        String subject = ResourceIds.require(subjectId, ErrorCode.SUBJECT_NOT_FOUND);
        sendToExistingSubject(new VerifyMyNumberCommand(subject, company, body.numberCheck(),
                body.notificationCardStillMatches(), body.identityCheck(), body.proxyAuthority(),
                body.proxyIdentityCheck(), body.nationalPensionCategory3()), audit.withTenant(company));
        return new MyNumberStatusResponse(subject, MyNumberStatus.VERIFIED);
    }

    /**
     * 利用: the number for an appointed handler of the purpose, with a stated reason. Both outcomes are
     * recorded. The response must not be cached anywhere.
     */
    @Operation(summary = "個人番号を利用のため表示する（指名された担当者のみ・記録される） / Reveal for use", tags = "個人番号のライフサイクル")
    @PostMapping("/{subjectId}/my-number/reveal")
    ResponseEntity<RevealResponse> reveal(@PathVariable String companyId, @PathVariable String subjectId,
                                          @Valid @RequestBody RevealRequest body, HttpServletRequest request) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).header("Pragma", "no-cache")
                .body(reveal(companyId, subjectId, body, metadata.resolve(request, null)));
    }

    RevealResponse reveal(String companyId, String subjectId, RevealRequest body, AuditMetadata audit) {
        String company = ResourceIds.require(companyId, ErrorCode.COMPANY_NOT_FOUND);
        String subject = ResourceIds.require(subjectId, ErrorCode.SUBJECT_NOT_FOUND);
        Object result = sendToExistingSubject(new RevealMyNumberCommand(subject, company, body.purpose(), body.reason()),
                audit.withTenant(company).withPurpose(body.purpose().name()));
        return new RevealResponse(((RevealedMyNumber) result).myNumber());
    }

    /** 提供: one record per subject, for a purpose notified at acquisition. */
    @Operation(summary = "個人番号を提供する（行政機関・委託先） / Provide to an authority or contractor", tags = "個人番号のライフサイクル")
    @PostMapping("/{subjectId}/my-number/provisions")
    ResponseEntity<MyNumberStatusResponse> provide(@PathVariable String companyId, @PathVariable String subjectId,
                                                   @Valid @RequestBody ProvisionRequest body, HttpServletRequest request) {
        return ResponseEntity.status(201).body(provide(companyId, subjectId, body, metadata.resolve(request, null)));
    }

    MyNumberStatusResponse provide(String companyId, String subjectId, ProvisionRequest body, AuditMetadata audit) {
        String company = ResourceIds.require(companyId, ErrorCode.COMPANY_NOT_FOUND);
        String subject = ResourceIds.require(subjectId, ErrorCode.SUBJECT_NOT_FOUND);
        sendToExistingSubject(new ProvideMyNumberCommand(subject, company, body.purpose(), body.recipient(),
                        body.recipientName(), body.method(), body.document()),
                audit.withTenant(company).withPurpose(body.purpose().name()));
        return new MyNumberStatusResponse(subject, MyNumberStatus.VERIFIED);
    }

    /** The person declined to provide their number: how and when it was requested, and why (NTA FAQ Q2-10). */
    @Operation(summary = "提供の拒否を記録する / Record the person's refusal", tags = "個人番号のライフサイクル")
    @PostMapping("/{subjectId}/my-number/refusal")
    ResponseEntity<MyNumberStatusResponse> refusal(@PathVariable String companyId, @PathVariable String subjectId,
                                                   @Valid @RequestBody RefusalRequest body, HttpServletRequest request) {
        return ResponseEntity.status(201).body(refusal(companyId, subjectId, body, metadata.resolve(request, null)));
    }

    MyNumberStatusResponse refusal(String companyId, String subjectId, RefusalRequest body, AuditMetadata audit) {
        String company = ResourceIds.require(companyId, ErrorCode.COMPANY_NOT_FOUND);
        String subject = ResourceIds.require(subjectId, ErrorCode.SUBJECT_NOT_FOUND);
        sendToExistingSubject(new RecordMyNumberRefusalCommand(subject, company, body.howRequested(), body.requestedOn(),
                body.statedReason()), audit.withTenant(company));
        return new MyNumberStatusResponse(subject, MyNumberStatus.REFUSED);
    }

    /** A reissued (or mistyped) number replaces the held one; it must be verified again. */
    @Operation(summary = "再交付等による番号の訂正 / Correct a reissued number", tags = "個人番号のライフサイクル")
    @PostMapping("/{subjectId}/my-number/corrections")
    ResponseEntity<MyNumberStatusResponse> correct(@PathVariable String companyId, @PathVariable String subjectId,
                                                   @Valid @RequestBody CorrectionRequest body, HttpServletRequest request) {
        return ResponseEntity.status(201).body(correct(companyId, subjectId, body, metadata.resolve(request, null)));
    }

    MyNumberStatusResponse correct(String companyId, String subjectId, CorrectionRequest body, AuditMetadata audit) {
        String company = ResourceIds.require(companyId, ErrorCode.COMPANY_NOT_FOUND);
        String subject = ResourceIds.require(subjectId, ErrorCode.SUBJECT_NOT_FOUND);
        MyNumber myNumber = MyNumber.parse(body.myNumber());
        sendToExistingSubject(new CorrectMyNumberCommand(subject, company, myNumber, body.reason()), audit.withTenant(company));
        return new MyNumberStatusResponse(subject, MyNumberStatus.ACQUIRED);
    }

    /** The person's own 同意書 for the current handling rules, signed by typing their name. */
    @Operation(summary = "本人が同意書に署名する / The person signs their acknowledgement", tags = "対象者")
    @PostMapping("/{subjectId}/acknowledgements")
    ResponseEntity<Void> acknowledge(@PathVariable String companyId, @PathVariable String subjectId,
                                     @Valid @RequestBody AcknowledgementRequest body, HttpServletRequest request) {
        acknowledge(companyId, subjectId, body, metadata.resolve(request, null));
        return ResponseEntity.status(201).build();
    }

    void acknowledge(String companyId, String subjectId, AcknowledgementRequest body, AuditMetadata audit) {
        String company = ResourceIds.require(companyId, ErrorCode.COMPANY_NOT_FOUND);
        String subject = ResourceIds.require(subjectId, ErrorCode.SUBJECT_NOT_FOUND);
        sendToExistingSubject(new SignAcknowledgementCommand(subject, company, body.typedName()), audit.withTenant(company));
    }

    /** Employment start or end, or death: the dates retention is computed from. */
    @Operation(summary = "入社・退職・死亡を記録する / Record employment start, end or death", tags = "対象者")
    @PostMapping("/{subjectId}/employment")
    ResponseEntity<Void> employment(@PathVariable String companyId, @PathVariable String subjectId,
                                    @Valid @RequestBody EmploymentRequest body, HttpServletRequest request) {
        employment(companyId, subjectId, body, metadata.resolve(request, null));
        return ResponseEntity.noContent().build();
    }

    void employment(String companyId, String subjectId, EmploymentRequest body, AuditMetadata audit) {
        String company = ResourceIds.require(companyId, ErrorCode.COMPANY_NOT_FOUND);
        String subject = ResourceIds.require(subjectId, ErrorCode.SUBJECT_NOT_FOUND);
        sendToExistingSubject(new RecordEmploymentCommand(subject, company, body.change(), body.effectiveOn()),
                audit.withTenant(company));
    }

    /**
     * A command to a subject that has no events at all is a request about a subject that does not exist;
     * a refusal by the lifecycle rules (already recorded as an event) is answered with its code.
     */
    private Object sendToExistingSubject(Object command, AuditMetadata audit) {
        Object result;
        try {
            result = commands.sendAndWait(command, MetaData.from(audit.toMap()));
        } catch (AggregateNotFoundException e) {
            throw new DomainException(ErrorCode.SUBJECT_NOT_FOUND);
        }
        if (result instanceof LifecycleRefusal refusal) {
            throw new DomainException(refusal.code());
        }
        return result;
    }
}
