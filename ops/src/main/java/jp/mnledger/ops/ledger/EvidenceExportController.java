package jp.mnledger.ops.ledger;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;
import jp.mnledger.command.api.AuditMetadataResolver;
import jp.mnledger.command.identity.CommandAuthorization;
import jp.mnledger.command.lookup.SubjectDirectory;
import jp.mnledger.kernel.access.Permission;
import jp.mnledger.kernel.audit.AuditMetadata;
import jp.mnledger.kernel.error.DomainException;
import jp.mnledger.kernel.error.ErrorCode;
import jp.mnledger.kernel.error.ResourceIds;
import jp.mnledger.kernel.ledger.ExportEvidenceCommand;
import jp.mnledger.ops.ledger.bundle.BundleOutput;
import jp.mnledger.ops.ledger.bundle.EvidenceSelection;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The evidence export (証跡の書き出し, docs/evidence-bundle.md): a company's signed bundle — all its events, one
 * subject's, or a period's — with {@code summary.pdf}, as a zip streamed to the response. Authorised like a
 * command ({@code AUDIT_LEDGER} in that company, a refusal recorded), and recorded as an
 * {@link jp.mnledger.kernel.ledger.EvidenceExportedEvent} before the first byte is sent (ADR 0018).
 */
@RestController
class EvidenceExportController {

    static final String ACTION = ExportEvidenceCommand.class.getSimpleName();
    static final String ZIP = "application/zip";

    private final BundleWriter bundles;
    private final CommandGateway commands;
    private final AuditMetadataResolver metadata;
    private final CommandAuthorization authorization;
    private final SubjectDirectory directory;

    EvidenceExportController(BundleWriter bundles, CommandGateway commands, AuditMetadataResolver metadata,
                             CommandAuthorization authorization, SubjectDirectory directory) {
        this.bundles = bundles;
        this.commands = commands;
        this.metadata = metadata;
        this.authorization = authorization;
        this.directory = directory;
    }

    @Operation(summary = "会社の証跡バンドル（署名付き zip、概要PDF付き）を書き出す。対象者・期間で絞り込める / "
            + "Export a company's signed evidence bundle (zip with a PDF summary), optionally for one subject or a period",
            tags = "台帳の検証",
            responses = @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200",
                    description = "証跡バンドルの zip（manifest.json, events.bin, inclusion.jsonl, heads.json, consistency.json, "
                            + "public-keys.json, summary.pdf） / The bundle as a zip",
                    content = @io.swagger.v3.oas.annotations.media.Content(mediaType = ZIP)))
    @GetMapping("/api/v1/companies/{companyId}/evidence")
    void export(@PathVariable String companyId, @RequestParam(required = false) String from,
                @RequestParam(required = false) String to, @RequestParam(required = false) String subjectId,
                HttpServletRequest request, HttpServletResponse response) {
        String company = ResourceIds.require(companyId, ErrorCode.COMPANY_NOT_FOUND);
        String subject = subjectId == null ? null : ResourceIds.require(subjectId, ErrorCode.SUBJECT_NOT_FOUND);
        Instant start = time(from);
        Instant end = time(to);
        if (start != null && end != null && !start.isBefore(end)) {
            throw new DomainException(ErrorCode.EVIDENCE_PERIOD_INVALID);
        }
        AuditMetadata audit = metadata.resolve(request, company);
        authorization.require(Permission.AUDIT_LEDGER, company, ACTION, audit.toMap());
        if (!directory.companyExists(company)) {
            throw new DomainException(ErrorCode.COMPANY_NOT_FOUND);
        }
        if (subject != null && directory.subjectKind(company, subject).isEmpty()) {
            throw new DomainException(ErrorCode.SUBJECT_NOT_FOUND); // unknown here, or another company's: the same answer
        }
        String exportId = UUID.randomUUID().toString();
        bundles.export(new EvidenceSelection(company, subject, start, end), exportId, plan -> {
            commands.sendAndWait(new ExportEvidenceCommand(company, exportId, subject, start, end, plan.eventCount(),
                    plan.anchor().treeSize(), HexFormat.of().formatHex(plan.anchor().rootHash())),
                    MetaData.from(audit.toMap()));
            response.setStatus(HttpServletResponse.SC_OK);
            response.setContentType(ZIP);
            response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                    .filename("evidence-" + exportId + ".zip").build().toString());
            response.setHeader("X-Evidence-Export-Id", exportId);
            return BundleOutput.zip(response.getOutputStream());
        });
    }

    private static Instant time(String text) {
        try {
            return EvidenceSelection.parseTime(text);
        } catch (IllegalArgumentException e) {
            throw new DomainException(ErrorCode.EVIDENCE_TIME_INVALID);
        }
    }
}
