package jp.mnledger.command.api;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import jp.mnledger.command.inbox.IdDocumentInbox;
import jp.mnledger.command.invitation.InvitationSessions;
import jp.mnledger.command.lookup.InvitationDirectory;
import jp.mnledger.command.lookup.InvitationDirectory.OpenInvitation;
import jp.mnledger.kernel.audit.AuditMetadata;
import jp.mnledger.kernel.error.DomainException;
import jp.mnledger.kernel.error.ErrorCode;
import jp.mnledger.kernel.error.ResourceIds;
import jp.mnledger.kernel.inbox.IdDocumentImageKind;
import jp.mnledger.kernel.invitation.CompleteInvitationCommand;
import jp.mnledger.kernel.invitation.InvitationActor;
import jp.mnledger.kernel.invitation.InvitationReceipt;
import jp.mnledger.kernel.invitation.InvitationStep;
import jp.mnledger.kernel.invitation.RecordInvitationStepCommand;
import jp.mnledger.kernel.number.MyNumber;
import jp.mnledger.kernel.purpose.Purpose;
import jp.mnledger.kernel.seal.PersonalName;
import jp.mnledger.kernel.subject.AcquireMyNumberCommand;
import jp.mnledger.kernel.subject.AcquisitionChannel;
import jp.mnledger.kernel.subject.RegisterOwnDependentCommand;
import jp.mnledger.kernel.subject.Relationship;
import jp.mnledger.kernel.subject.SubjectKind;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Invitations over HTTP (ADR 0021). Staff issue a link; the invited person opens it (a session cookie of its
 * own plus the CSRF cookie, as for a browser login), reads what the flow needs about their own subject, sends
 * their number, their dependents (employees) and ID-document images, and completes with a receipt. Every
 * command goes through the domain's authorisation with the invitation as the actor; this controller only ever
 * names the session's own invitation.
 */
@RestController
public class InvitationController {

    /** The invited person's session cookie (HttpOnly, SameSite=Strict, only sent to the API). */
    public static final String COOKIE = "MNLEDGER_INVITATION";
    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();
    private static final char[] RECEIPT_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ".toCharArray();

    private final CommandGateway commands;
    private final AuditMetadataResolver metadata;
    private final InvitationSessions sessions;
    private final InvitationDirectory directory;
    private final IdDocumentInbox inbox;

    InvitationController(CommandGateway commands, AuditMetadataResolver metadata, InvitationSessions sessions,
                         InvitationDirectory directory, IdDocumentInbox inbox) {
        this.commands = commands;
        this.metadata = metadata;
        this.sessions = sessions;
        this.directory = directory;
        this.inbox = inbox;
    }

    /** validFor: an ISO-8601 duration (default 14 days); purposes: those to notify (default: by the subject's kind). */
    record IssueRequest(Duration validFor, Set<Purpose> purposes) {
    }

    record IssueResponse(String invitationId, String link, Instant expiresAt) {
        @Override
        public String toString() {
            return "IssueResponse[" + invitationId + "]";
        }
    }

    record RedeemRequest(String secret) {
        @Override
        public String toString() {
            return "RedeemRequest[***]";
        }
    }

    record SessionResponse(long idleTimeout, String csrfToken) {
        @Override
        public String toString() {
            return "SessionResponse[" + idleTimeout + "]";
        }
    }

    record DependentResponse(String subjectId, Relationship relationship, int imagesSent) {
    }

    record CurrentResponse(SubjectKind subjectKind, boolean mayAddDependents, List<Purpose> purposes, Instant expiresAt,
                           long idleTimeout, boolean ownNumberSent, int imagesSent, List<DependentResponse> dependents) {
    }

    record NumberRequest(String myNumber) {
        @Override
        public String toString() {
            return "NumberRequest[***]";
        }
    }

    record DependentRequest(@NotBlank @Size(max = 300) String displayName, @NotNull Relationship relationship,
                            String myNumber) {
        @Override
        public String toString() {
            return "DependentRequest[" + relationship + "]";
        }
    }

    record SentResponse(String subjectId, boolean received) {
    }

    @Operation(summary = "招待リンクを発行する / Issue an invitation link", tags = "招待")
    @PostMapping("/api/v1/companies/{companyId}/subjects/{subjectId}/invitations")
    ResponseEntity<IssueResponse> issue(@PathVariable String companyId, @PathVariable String subjectId,
                                        @RequestBody(required = false) IssueRequest body, HttpServletRequest request) {
        String company = ResourceIds.require(companyId, ErrorCode.COMPANY_NOT_FOUND);
        String subject = ResourceIds.require(subjectId, ErrorCode.SUBJECT_NOT_FOUND);
        InvitationSessions.Issued issued = sessions.issue(company, subject, body == null ? null : body.validFor(),
                body == null ? null : body.purposes(), metadata.resolve(request, company));
        String base = sessions.properties().baseUrl() != null ? sessions.properties().baseUrl()
                : ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
        return ResponseEntity.created(URI.create("/api/v1/companies/" + company + "/subjects/" + subject + "/invitations"))
                .cacheControl(CacheControl.noStore())
                .body(new IssueResponse(issued.invitationId(), base + "/#/invite/" + issued.secret(), issued.expiresAt()));
    }

    /** Opens a link: the secret only in the body; an unknown, expired or spent one gets INVITATION_NOT_USABLE. */
    @Operation(summary = "招待リンクを開く（アカウント不要のセッション） / Open an invitation link (a session without an account)", tags = "招待")
    @PostMapping("/api/v1/invitations/session")
    ResponseEntity<SessionResponse> redeem(@RequestBody RedeemRequest body, HttpServletRequest request) {
        InvitationSessions.Opened opened = sessions.redeem(body == null ? null : body.secret(), metadata.resolve(request, null));
        String csrf = jp.mnledger.command.identity.Tokens.random();
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .header(HttpHeaders.SET_COOKIE, AuthController.cookie(COOKIE, opened.token(), true, "/api/", request, -1).toString())
                .header(HttpHeaders.SET_COOKIE, AuthController.cookie(AuthController.CSRF_COOKIE, csrf, false, "/", request, -1).toString())
                .body(new SessionResponse(opened.idleSeconds(), csrf));
    }

    @Operation(summary = "招待リンクのセッションを終える（招待は有効のまま） / Leave the invitation session (the link stays open)", tags = "招待")
    @DeleteMapping("/api/v1/invitations/session")
    ResponseEntity<Void> leave(HttpServletRequest request) {
        invitation(request);
        sessions.endSession(AuthController.cookieValue(request, COOKIE));
        return clearCookies(ResponseEntity.status(204), request).build();
    }

    /** What the flow needs about the person's own subject: kind, purposes, what was sent — never a number or a name. */
    @Operation(summary = "招待の内容と送信状況（番号・氏名は含まない） / The invitation and what was sent (no number, no name)", tags = "招待")
    @GetMapping("/api/v1/invitations/current")
    ResponseEntity<CurrentResponse> current(HttpServletRequest request) {
        OpenInvitation invitation = invitation(request);
        List<InvitationDirectory.Step> steps = directory.steps(invitation.invitationId());
        List<DependentResponse> dependents = steps.stream().filter(s -> s.step() == InvitationStep.DEPENDENT)
                .map(d -> new DependentResponse(d.aboutSubjectId(), d.relationship(), imagesFor(steps, d.aboutSubjectId())))
                .toList();
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(new CurrentResponse(invitation.subjectKind(),
                invitation.subjectKind().employed(), invitation.purposes(), invitation.expiresAt(),
                sessions.properties().sessionIdle().toSeconds(),
                steps.stream().anyMatch(s -> s.step() == InvitationStep.OWN_NUMBER),
                imagesFor(steps, invitation.subjectId()), dependents));
    }

    @Operation(summary = "本人の個人番号を送る（本人による入力） / Send one's own number (self-service)", tags = "招待")
    @PostMapping("/api/v1/invitations/current/my-number")
    ResponseEntity<SentResponse> ownNumber(@RequestBody NumberRequest body, HttpServletRequest request) {
        OpenInvitation invitation = invitation(request);
        MyNumber myNumber = MyNumber.parse(body == null ? null : body.myNumber());
        AuditMetadata audit = metadata.resolve(request, invitation.companyId());
        ExistingAggregates.send(commands, new AcquireMyNumberCommand(invitation.subjectId(), invitation.companyId(), myNumber,
                AcquisitionChannel.SELF_SERVICE, Set.copyOf(invitation.purposes())), audit, invitation.companyId(),
                ErrorCode.SUBJECT_NOT_FOUND);
        step(invitation, InvitationStep.OWN_NUMBER, invitation.subjectId(), null, audit);
        return ResponseEntity.status(201).body(new SentResponse(null, true));
    }

    @Operation(summary = "扶養親族を続柄と個人番号とともに登録する（従業員のみ） / Add a dependent with relationship and number (employees)", tags = "招待")
    @PostMapping("/api/v1/invitations/current/dependents")
    ResponseEntity<SentResponse> dependent(@Valid @RequestBody DependentRequest body, HttpServletRequest request) {
        OpenInvitation invitation = invitation(request);
        if (!invitation.subjectKind().employed()) {
            throw new DomainException(ErrorCode.RELATED_SUBJECT_ONLY_FOR_DEPENDENTS);
        }
        MyNumber myNumber = MyNumber.parse(body.myNumber());
        AuditMetadata audit = metadata.resolve(request, invitation.companyId());
        String dependentId = UUID.randomUUID().toString();
        commands.sendAndWait(new RegisterOwnDependentCommand(dependentId, invitation.companyId(), invitation.subjectId(),
                new PersonalName(body.displayName().strip()), body.relationship()),
                org.axonframework.messaging.MetaData.from(audit.toMap()));
        ExistingAggregates.send(commands, new AcquireMyNumberCommand(dependentId, invitation.companyId(), myNumber,
                AcquisitionChannel.EMPLOYEE_FOR_DEPENDENT, Set.copyOf(invitation.purposes())), audit,
                invitation.companyId(), ErrorCode.SUBJECT_NOT_FOUND);
        step(invitation, InvitationStep.DEPENDENT, dependentId, body.relationship(), audit);
        return ResponseEntity.status(201).body(new SentResponse(dependentId, true));
    }

    /**
     * Into the receive-only inbox: for the person (no subjectId) or a dependent added in this flow; nothing can be
     * read back.
     */
    @Operation(summary = "本人確認書類の画像を送る（送信後は閲覧不可） / Send an ID-document image (never viewable afterwards)", tags = "招待")
    @PostMapping("/api/v1/invitations/current/id-documents")
    ResponseEntity<SentResponse> image(@RequestParam(required = false) String subjectId, @RequestParam IdDocumentImageKind kind,
                                       HttpServletRequest request) throws IOException {
        OpenInvitation invitation = invitation(request);
        String whose = subjectId == null ? invitation.subjectId() : subjectId;
        boolean inThisFlow = whose.equals(invitation.subjectId()) || directory.steps(invitation.invitationId()).stream()
                .anyMatch(s -> s.step() == InvitationStep.DEPENDENT && s.aboutSubjectId().equals(whose));
        if (!inThisFlow) {
            throw new DomainException(ErrorCode.SUBJECT_NOT_FOUND);
        }
        AuditMetadata audit = metadata.resolve(request, invitation.companyId());
        ExistingAggregates.send(commands, IdDocumentController.receiveCommand(request, invitation.companyId(), whose,
                kind, inbox), audit, invitation.companyId(), ErrorCode.SUBJECT_NOT_FOUND);
        step(invitation, InvitationStep.ID_IMAGE, whose, null, audit);
        return ResponseEntity.status(201).body(new SentResponse(whose, true));
    }

    /** Sends the submission: the invitation is spent, every session of it ends, and the receipt comes back. */
    @Operation(summary = "送信を完了して受付票を受け取る（リンクは使用済みになる） / Complete and get the receipt (the link is spent)", tags = "招待")
    @PostMapping("/api/v1/invitations/current/completion")
    ResponseEntity<InvitationReceipt> complete(HttpServletRequest request) {
        OpenInvitation invitation = invitation(request);
        AuditMetadata audit = metadata.resolve(request, invitation.companyId());
        InvitationReceipt receipt = ExistingAggregates.send(commands, new CompleteInvitationCommand(invitation.invitationId(),
                invitation.companyId(), invitation.subjectId(), receiptId(), sessions.now()), audit,
                invitation.companyId(), ErrorCode.INVITATION_NOT_USABLE);
        sessions.endAll(invitation.invitationId());
        return clearCookies(ResponseEntity.ok().cacheControl(CacheControl.noStore()), request).body(receipt);
    }

    private void step(OpenInvitation invitation, InvitationStep step, String about, Relationship relationship,
                      AuditMetadata audit) {
        ExistingAggregates.send(commands, new RecordInvitationStepCommand(invitation.invitationId(), invitation.companyId(),
                invitation.subjectId(), step, about, relationship, sessions.now()), audit, invitation.companyId(),
                ErrorCode.INVITATION_NOT_USABLE);
    }

    private static int imagesFor(List<InvitationDirectory.Step> steps, String subjectId) {
        return (int) steps.stream().filter(s -> s.step() == InvitationStep.ID_IMAGE && s.aboutSubjectId().equals(subjectId))
                .count();
    }

    /** The caller's open invitation: only an invitation's session has one. */
    private OpenInvitation invitation(HttpServletRequest request) {
        String invitationId = request.getUserPrincipal() == null ? null
                : InvitationActor.invitationId(request.getUserPrincipal().getName());
        if (invitationId == null) {
            throw new DomainException(ErrorCode.AUTH_REQUIRED);
        }
        return sessions.open(invitationId);
    }

    /** 受付番号: a date and six letters (no digit runs that could look like a number). */
    private String receiptId() {
        StringBuilder id = new StringBuilder("UK-").append(java.time.LocalDate.ofInstant(sessions.now(),
                java.time.ZoneId.of("Asia/Tokyo")).format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE)).append('-');
        for (int i = 0; i < 6; i++) {
            id.append(RECEIPT_ALPHABET[RANDOM.nextInt(RECEIPT_ALPHABET.length)]);
        }
        return id.toString();
    }

    /** Deletes the session cookie; the CSRF cookie stays (no credential, and a staff session may share it). */
    private static <B extends ResponseEntity.HeadersBuilder<B>> B clearCookies(B builder, HttpServletRequest request) {
        return builder.header(HttpHeaders.SET_COOKIE, AuthController.cookie(COOKIE, "", true, "/api/", request, 0).toString());
    }
}
