package jp.mnledger.command.api;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import jp.mnledger.kernel.audit.AuditMetadata;
import jp.mnledger.kernel.error.DomainException;
import jp.mnledger.kernel.error.ErrorCode;
import jp.mnledger.kernel.error.ResourceIds;
import jp.mnledger.kernel.retention.ConfirmDisposalsCommand;
import jp.mnledger.kernel.retention.SetDisposalConfirmationCommand;
import jp.mnledger.kernel.retention.SetRetentionOverrideCommand;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Retention decisions of a company: the responsible manager confirms due disposals (one 削除証明書 per
 * confirmation, one command and one 廃棄記録 per subject), lengthens a document type's period, or lets the
 * sweep confirm by itself.
 */
@RestController
class RetentionCommandController {

    static final int MAX_SUBJECTS = 10_000;

    private final CommandGateway commands;
    private final AuditMetadataResolver metadata;

    RetentionCommandController(CommandGateway commands, AuditMetadataResolver metadata) {
        this.commands = commands;
        this.metadata = metadata;
    }

    record DisposalRequest(@NotNull @Size(min = 1, max = MAX_SUBJECTS) List<String> subjectIds) {
    }

    /** DISPOSED, or the stable code of why not. */
    record DisposalOutcome(String subjectId, String outcome) {
    }

    record DisposalResponse(String certificateId, int disposed, int refused, List<DisposalOutcome> results) {
    }

    record OverrideRequest(@NotBlank String documentTypeId, @NotBlank String period, @NotBlank @Size(max = 300) String reason) {

        /** The reason is free text: never in a log line. */
        @Override
        public String toString() {
            return "OverrideRequest[" + documentTypeId + ", " + period + ", reason masked]";
        }
    }

    record ConfirmationPolicyRequest(boolean automatic) {
    }

    @Operation(summary = "保存期間が満了した対象者を廃棄する（削除証明書を発行） / Confirm due disposals", tags = "保存・廃棄")
    @PostMapping("/api/v1/companies/{companyId}/disposals")
    ResponseEntity<DisposalResponse> dispose(@PathVariable String companyId, @Valid @RequestBody DisposalRequest body,
                                             HttpServletRequest request) {
        return ResponseEntity.status(201).body(dispose(companyId, body, metadata.resolve(request, null)));
    }

    DisposalResponse dispose(String companyId, DisposalRequest body, AuditMetadata audit) {
        String company = ResourceIds.require(companyId, ErrorCode.COMPANY_NOT_FOUND);
        String certificateId = UUID.randomUUID().toString();
        MetaData meta = MetaData.from(audit.withTenant(company).toMap());
        List<DisposalOutcome> results = new ArrayList<>();
        List<String> valid = new ArrayList<>();
        for (String rawId : new LinkedHashSet<>(body.subjectIds())) {
            try {
                valid.add(ResourceIds.require(rawId, ErrorCode.SUBJECT_NOT_FOUND));
            } catch (DomainException e) {
                results.add(new DisposalOutcome(null, e.code().name()));
            }
        }
        for (int from = 0; from < valid.size(); from += BATCH) {
            List<String> batch = valid.subList(from, Math.min(valid.size(), from + BATCH));
            results.addAll(confirm(new ConfirmDisposalsCommand(company, certificateId, batch, false), meta));
        }
        int disposed = (int) results.stream().filter(r -> r.outcome().equals("DISPOSED")).count();
        return new DisposalResponse(disposed == 0 ? null : certificateId, disposed, results.size() - disposed, results);
    }

    /** Subjects per transaction: one commit and one forced tombstone write for each batch. */
    static final int BATCH = 250;

    private List<DisposalOutcome> confirm(ConfirmDisposalsCommand command, MetaData meta) {
        try {
            List<ConfirmDisposalsCommand.Outcome> outcomes = commands.sendAndWait(command, meta);
            return outcomes.stream().map(o -> new DisposalOutcome(o.subjectId(), o.outcome())).toList();
        } catch (DomainException e) {
            return command.subjectIds().stream().map(id -> new DisposalOutcome(id, e.code().name())).toList();
        }
    }

    jp.mnledger.kernel.company.TenantKeyRotatedEvent rotateTenantKey(String companyId, AuditMetadata audit) {
        String company = ResourceIds.require(companyId, ErrorCode.COMPANY_NOT_FOUND);
        return ExistingAggregates.send(commands, new jp.mnledger.kernel.company.RotateTenantKeyCommand(company), audit,
                company, ErrorCode.COMPANY_NOT_FOUND);
    }

    @Operation(summary = "会社の鍵（テナント鍵）を更新し、全データ鍵を包み直す / Rotate the company's tenant key",
            tags = "鍵管理")
    @PostMapping("/api/v1/companies/{companyId}/key-rotations")
    ResponseEntity<jp.mnledger.kernel.company.TenantKeyRotatedEvent> rotateTenantKey(@PathVariable String companyId,
                                                                                      HttpServletRequest request) {
        return ResponseEntity.status(201).body(rotateTenantKey(companyId, metadata.resolve(request, null)));
    }

    @Operation(summary = "文書の保存期間を延長する（法定より短くはできない） / Lengthen a retention period", tags = "保存・廃棄")
    @PostMapping("/api/v1/companies/{companyId}/retention-overrides")
    ResponseEntity<Void> override(@PathVariable String companyId, @Valid @RequestBody OverrideRequest body,
                                  HttpServletRequest request) {
        override(companyId, body, metadata.resolve(request, null));
        return ResponseEntity.noContent().build();
    }

    void override(String companyId, OverrideRequest body, AuditMetadata audit) {
        String company = ResourceIds.require(companyId, ErrorCode.COMPANY_NOT_FOUND);
        Period period;
        try {
            period = Period.parse(body.period());
        } catch (DateTimeParseException e) {
            throw new DomainException(ErrorCode.REQUEST_INVALID);
        }
        toCompany(new SetRetentionOverrideCommand(company, body.documentTypeId(), period, body.reason()), audit, company);
    }

    @Operation(summary = "廃棄の自動確定を設定する / Let the sweep confirm disposals itself, or not", tags = "保存・廃棄")
    @PostMapping("/api/v1/companies/{companyId}/disposal-confirmation")
    ResponseEntity<Void> confirmationPolicy(@PathVariable String companyId, @RequestBody ConfirmationPolicyRequest body,
                                            HttpServletRequest request) {
        confirmationPolicy(companyId, body, metadata.resolve(request, null));
        return ResponseEntity.noContent().build();
    }

    void confirmationPolicy(String companyId, ConfirmationPolicyRequest body, AuditMetadata audit) {
        String company = ResourceIds.require(companyId, ErrorCode.COMPANY_NOT_FOUND);
        toCompany(new SetDisposalConfirmationCommand(company, body.automatic()), audit, company);
    }

    private void toCompany(Object command, AuditMetadata audit, String company) {
        ExistingAggregates.send(commands, command, audit, company, ErrorCode.COMPANY_NOT_FOUND);
    }
}
