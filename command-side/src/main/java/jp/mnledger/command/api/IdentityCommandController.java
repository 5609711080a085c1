package jp.mnledger.command.api;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.Set;
import java.util.UUID;
import jp.mnledger.command.company.AppointmentOutcome;
import jp.mnledger.command.identity.UserAdministration;
import jp.mnledger.kernel.access.Role;
import jp.mnledger.kernel.audit.AuditMetadata;
import jp.mnledger.kernel.error.DomainException;
import jp.mnledger.kernel.error.ErrorCode;
import jp.mnledger.kernel.error.ResourceIds;
import jp.mnledger.kernel.identity.AppointHandlerCommand;
import jp.mnledger.kernel.identity.CreateOfficeCommand;
import jp.mnledger.kernel.identity.DismissHandlerCommand;
import jp.mnledger.kernel.identity.GrantRoleCommand;
import jp.mnledger.kernel.identity.PublishHandlingRulesCommand;
import jp.mnledger.kernel.identity.RecordTrainingCompletedCommand;
import jp.mnledger.kernel.identity.RevokeRoleCommand;
import jp.mnledger.kernel.identity.SignPledgeCommand;
import jp.mnledger.kernel.purpose.Purpose;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Offices, user accounts and roles (administrator), and a company's organisational safeguards: handling
 * rules, trainings, pledges, handler appointments (responsible manager; the pledge by its signer).
 */
@RestController
class IdentityCommandController {

    private final CommandGateway commands;
    private final AuditMetadataResolver metadata;
    private final UserAdministration users;

    IdentityCommandController(CommandGateway commands, AuditMetadataResolver metadata, UserAdministration users) {
        this.commands = commands;
        this.metadata = metadata;
        this.users = users;
    }

    record CreateOfficeRequest(@NotBlank @Size(max = 300) String name) {
    }

    record CreateUserRequest(@NotBlank String username, @NotBlank String password, boolean enrolTotp) {
        @Override
        public String toString() {
            return "CreateUserRequest[" + username + "]";
        }
    }

    record RoleRequest(@NotNull Role role, String officeId, String companyId, String subjectId) {
    }

    record RulesRequest(@NotBlank @Size(max = 300) String title) {
    }

    record UserRequest(@NotBlank String userId) {
    }

    record AppointRequest(@NotBlank String userId, @NotNull Set<Purpose> purposes) {
    }

    @Operation(summary = "事務所を登録する / Create an office (platform administrator)", tags = "事務所・利用者")
    @PostMapping("/api/v1/offices")
    ResponseEntity<CreatedResponse> createOffice(@Valid @RequestBody CreateOfficeRequest body, HttpServletRequest request) {
        CreatedResponse created = createOffice(body, metadata.resolve(request, null));
        return ResponseEntity.created(URI.create("/api/v1/offices/" + created.id())).body(created);
    }

    CreatedResponse createOffice(CreateOfficeRequest body, AuditMetadata audit) {
        String officeId = UUID.randomUUID().toString();
        commands.sendAndWait(new CreateOfficeCommand(officeId, body.name().strip()), MetaData.from(audit.toMap()));
        return new CreatedResponse(officeId);
    }

    /** The TOTP secret and its otpauth URI are in this response only: hand them to the user, then forget them. */
    @Operation(summary = "利用者を作成する / Create a user account (TOTP secret shown once)", tags = "事務所・利用者")
    @PostMapping("/api/v1/users")
    ResponseEntity<UserAdministration.CreatedUser> createUser(@Valid @RequestBody CreateUserRequest body,
                                                              HttpServletRequest request) {
        UserAdministration.CreatedUser created = users.create(body.username(), body.password(), body.enrolTotp(), null,
                true, metadata.resolve(request, null));
        return ResponseEntity.created(URI.create("/api/v1/users/" + created.userId())).body(created);
    }

    @Operation(summary = "ロールを付与する / Grant a role", tags = "事務所・利用者")
    @PostMapping("/api/v1/users/{userId}/roles")
    ResponseEntity<Void> grantRole(@PathVariable String userId, @Valid @RequestBody RoleRequest body,
                                   HttpServletRequest request) {
        grantRole(userId, body, metadata.resolve(request, null));
        return ResponseEntity.noContent().build();
    }

    void grantRole(String userId, RoleRequest body, AuditMetadata audit) {
        toExisting(new GrantRoleCommand(user(userId), body.role(), optionalId(body.officeId()),
                optionalId(body.companyId()), optionalId(body.subjectId())), audit, body.companyId(), ErrorCode.USER_NOT_FOUND);
    }

    @Operation(summary = "ロールを取り消す / Revoke a role", tags = "事務所・利用者")
    @PostMapping("/api/v1/users/{userId}/role-revocations")
    ResponseEntity<Void> revokeRole(@PathVariable String userId, @Valid @RequestBody RoleRequest body,
                                    HttpServletRequest request) {
        revokeRole(userId, body, metadata.resolve(request, null));
        return ResponseEntity.noContent().build();
    }

    void revokeRole(String userId, RoleRequest body, AuditMetadata audit) {
        toExisting(new RevokeRoleCommand(user(userId), body.role(), optionalId(body.officeId()),
                optionalId(body.companyId()), optionalId(body.subjectId())), audit, body.companyId(), ErrorCode.USER_NOT_FOUND);
    }

    @Operation(summary = "取扱規程を公表する（全誓約が更新対象に） / Publish handling rules", tags = "安全管理措置")
    @PostMapping("/api/v1/companies/{companyId}/handling-rules")
    ResponseEntity<Void> publishRules(@PathVariable String companyId, @Valid @RequestBody RulesRequest body,
                                      HttpServletRequest request) {
        publishRules(companyId, body, metadata.resolve(request, null));
        return ResponseEntity.noContent().build();
    }

    void publishRules(String companyId, RulesRequest body, AuditMetadata audit) {
        String company = company(companyId);
        toExisting(new PublishHandlingRulesCommand(company, body.title().strip()), audit, company, ErrorCode.COMPANY_NOT_FOUND);
    }

    @Operation(summary = "研修の受講を記録する / Record a completed training", tags = "安全管理措置")
    @PostMapping("/api/v1/companies/{companyId}/trainings")
    ResponseEntity<Void> recordTraining(@PathVariable String companyId, @Valid @RequestBody UserRequest body,
                                        HttpServletRequest request) {
        recordTraining(companyId, body, metadata.resolve(request, null));
        return ResponseEntity.noContent().build();
    }

    void recordTraining(String companyId, UserRequest body, AuditMetadata audit) {
        String company = company(companyId);
        toExisting(new RecordTrainingCompletedCommand(company, user(body.userId())), audit, company,
                ErrorCode.COMPANY_NOT_FOUND);
    }

    /** The caller signs their own pledge; the signer is the authenticated user. */
    @Operation(summary = "自分の誓約書に署名する / Sign one's own pledge", tags = "安全管理措置")
    @PostMapping("/api/v1/companies/{companyId}/pledges")
    ResponseEntity<Void> signPledge(@PathVariable String companyId, HttpServletRequest request) {
        signPledge(companyId, metadata.resolve(request, null));
        return ResponseEntity.noContent().build();
    }

    void signPledge(String companyId, AuditMetadata audit) {
        String company = company(companyId);
        toExisting(new SignPledgeCommand(company), audit, company, ErrorCode.COMPANY_NOT_FOUND);
    }

    @Operation(summary = "事務取扱担当者を指名する / Appoint a handler for purposes", tags = "安全管理措置")
    @PostMapping("/api/v1/companies/{companyId}/handlers")
    ResponseEntity<Void> appoint(@PathVariable String companyId, @Valid @RequestBody AppointRequest body,
                                 HttpServletRequest request) {
        appoint(companyId, body, metadata.resolve(request, null));
        return ResponseEntity.noContent().build();
    }

    void appoint(String companyId, AppointRequest body, AuditMetadata audit) {
        String company = company(companyId);
        Object outcome = toExisting(new AppointHandlerCommand(company, user(body.userId()), body.purposes()), audit,
                company, ErrorCode.COMPANY_NOT_FOUND);
        if (outcome instanceof AppointmentOutcome appointment && !appointment.appointed()) {
            throw new DomainException(ErrorCode.HANDLER_NOT_QUALIFIED);
        }
    }

    @Operation(summary = "事務取扱担当者の指名を解く / Dismiss a handler", tags = "安全管理措置")
    @DeleteMapping("/api/v1/companies/{companyId}/handlers/{userId}")
    ResponseEntity<Void> dismiss(@PathVariable String companyId, @PathVariable String userId, HttpServletRequest request) {
        dismiss(companyId, userId, metadata.resolve(request, null));
        return ResponseEntity.noContent().build();
    }

    void dismiss(String companyId, String userId, AuditMetadata audit) {
        String company = company(companyId);
        toExisting(new DismissHandlerCommand(company, user(userId)), audit, company, ErrorCode.COMPANY_NOT_FOUND);
    }

    private Object toExisting(Object command, AuditMetadata audit, String tenant, ErrorCode notFound) {
        return ExistingAggregates.send(commands, command, audit, tenant, notFound);
    }

    private static String company(String id) {
        return ResourceIds.require(id, ErrorCode.COMPANY_NOT_FOUND);
    }

    private static String user(String id) {
        return ResourceIds.require(id, ErrorCode.USER_NOT_FOUND);
    }

    private static String optionalId(String id) {
        return id == null || id.isBlank() ? null : ResourceIds.require(id, ErrorCode.REQUEST_INVALID);
    }
}
