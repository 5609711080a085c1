package jp.mnledger.command.api;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.UUID;
import jp.mnledger.kernel.company.CreateCompanyCommand;
import jp.mnledger.kernel.company.DeclarePurposesCommand;
import jp.mnledger.kernel.purpose.Purpose;
import jp.mnledger.kernel.audit.AuditMetadata;
import jp.mnledger.kernel.error.ErrorCode;
import jp.mnledger.kernel.error.ResourceIds;
import jp.mnledger.kernel.number.CorporateNumber;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/companies")
class CompanyCommandController {

    private final CommandGateway commands;
    private final AuditMetadataResolver metadata;

    CompanyCommandController(CommandGateway commands, AuditMetadataResolver metadata) {
        this.commands = commands;
        this.metadata = metadata;
    }

    /** With an office id the company becomes that office's client (an office head must give their own office). */
    record CreateCompanyRequest(@NotBlank @Size(max = 300) String name, String corporateNumber, String officeId) {
    }

    record PurposesRequest(@jakarta.validation.constraints.NotNull java.util.Set<Purpose> purposes) {
    }

    /** The procedures the company handles numbers for; acquisition is limited to them. */
    @Operation(summary = "利用目的（個人番号関係事務）を宣言する / Declare the company's purposes", tags = "会社")
    @PostMapping("/{companyId}/purposes")
    ResponseEntity<Void> declarePurposes(@org.springframework.web.bind.annotation.PathVariable String companyId,
                                         @Valid @RequestBody PurposesRequest body, HttpServletRequest request) {
        declarePurposes(companyId, body, metadata.resolve(request, null));
        return ResponseEntity.noContent().build();
    }

    void declarePurposes(String companyId, PurposesRequest body, AuditMetadata audit) {
        String company = ResourceIds.require(companyId, ErrorCode.COMPANY_NOT_FOUND);
        toCompany(new DeclarePurposesCommand(company, body.purposes()), audit.withTenant(company));
    }

    record CampaignRequest(@NotBlank @Size(max = 100) String name,
                           @jakarta.validation.constraints.NotNull java.util.Set<Purpose> purposes,
                           @jakarta.validation.constraints.NotEmpty java.util.Set<jp.mnledger.kernel.subject.SubjectKind> subjectKinds,
                           @jakarta.validation.constraints.NotNull java.time.LocalDate dueOn) {
    }

    /** 回収キャンペーン: e.g. 年末調整 2026 — whose numbers, for which declared purposes, by when. */
    @Operation(summary = "回収キャンペーンを開始する（年末調整など） / Open a collection campaign", tags = "回収キャンペーン")
    @PostMapping("/{companyId}/campaigns")
    ResponseEntity<CreatedResponse> openCampaign(@org.springframework.web.bind.annotation.PathVariable String companyId,
                                                 @Valid @RequestBody CampaignRequest body, HttpServletRequest request) {
        CreatedResponse created = openCampaign(companyId, body, metadata.resolve(request, null));
        return ResponseEntity.created(URI.create("/api/v1/companies/" + companyId + "/campaigns/" + created.id()))
                .body(created);
    }

    CreatedResponse openCampaign(String companyId, CampaignRequest body, AuditMetadata audit) {
        String company = ResourceIds.require(companyId, ErrorCode.COMPANY_NOT_FOUND);
        String campaignId = UUID.randomUUID().toString();
        toCompany(new jp.mnledger.kernel.company.OpenCollectionCampaignCommand(company, campaignId, body.name(),
                body.purposes(), body.subjectKinds(), body.dueOn()), audit.withTenant(company));
        return new CreatedResponse(campaignId);
    }

    private void toCompany(Object command, AuditMetadata audit) {
        ExistingAggregates.send(commands, command, audit, audit.tenant(), ErrorCode.COMPANY_NOT_FOUND);
    }

    @Operation(summary = "会社を登録する（法人番号はチェックデジットを検証） / Create a company", tags = "会社")
    @PostMapping
    ResponseEntity<CreatedResponse> create(@Valid @RequestBody CreateCompanyRequest body, HttpServletRequest request) {
        CreatedResponse created = create(body, metadata.resolve(request, null));
        return ResponseEntity.created(URI.create("/api/v1/companies/" + created.id())).body(created);
    }

    CreatedResponse create(CreateCompanyRequest body, AuditMetadata audit) {
        CorporateNumber corporateNumber = body.corporateNumber() == null || body.corporateNumber().isBlank()
                ? null : CorporateNumber.parse(body.corporateNumber());
        String officeId = body.officeId() == null ? null : ResourceIds.require(body.officeId(), ErrorCode.REQUEST_INVALID);
        String companyId = UUID.randomUUID().toString();
        commands.sendAndWait(new CreateCompanyCommand(companyId, body.name().strip(), corporateNumber, officeId),
                MetaData.from(audit.withTenant(companyId).toMap()));
        return new CreatedResponse(companyId);
    }
}
