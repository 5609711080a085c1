package jp.mnledger.ops.retention;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import jp.mnledger.kernel.access.Role;
import jp.mnledger.kernel.audit.AuditMetadata;
import jp.mnledger.kernel.company.CompanySummaryResponse;
import jp.mnledger.kernel.company.FetchCompaniesQuery;
import jp.mnledger.kernel.error.DomainException;
import jp.mnledger.kernel.error.ErrorCode;
import jp.mnledger.kernel.error.ResourceIds;
import jp.mnledger.kernel.number.CorporateNumber;
import jp.mnledger.kernel.retention.DisposalRecordResponse;
import jp.mnledger.kernel.retention.FetchDisposalRecordsQuery;
import jp.mnledger.kernel.retention.RetentionPolicy;
import jp.mnledger.ops.pdf.DisposalCertificate;
import jp.mnledger.ops.pdf.DisposalCertificateRenderer;
import jp.mnledger.query.ReadApi;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * 削除証明書: the PDF of one confirmation's disposals, rendered from the 廃棄記録 (ids, codes, kinds, bases, dates,
 * who confirmed — never a number, never a name: the names went with the keys). Reading it is an audited query.
 */
@RestController
class DisposalCertificateController {

    private final ReadApi readApi;
    private final DisposalCertificateRenderer renderer;
    private final Clock clock;

    DisposalCertificateController(ReadApi readApi, DisposalCertificateRenderer renderer, Clock clock) {
        this.readApi = readApi;
        this.renderer = renderer;
        this.clock = clock;
    }

    @Operation(summary = "削除証明書（PDF）をダウンロードする / Download a certificate of deletion (PDF)", tags = "保存・廃棄")
    @GetMapping("/api/v1/companies/{companyId}/disposal-certificates/{certificateId}")
    ResponseEntity<byte[]> certificate(@PathVariable String companyId, @PathVariable String certificateId,
                                       HttpServletRequest request) {
        String company = ResourceIds.require(companyId, ErrorCode.COMPANY_NOT_FOUND);
        String certificate = ResourceIds.require(certificateId, ErrorCode.CERTIFICATE_NOT_FOUND);
        AuditMetadata metadata = readApi.metadata(request, company);
        List<DisposalRecordResponse> records = readApi.list(new FetchDisposalRecordsQuery(company, certificate),
                DisposalRecordResponse.class, metadata);
        CompanySummaryResponse companySummary = readApi.list(new FetchCompaniesQuery(), CompanySummaryResponse.class,
                        readApi.metadata(request, null)).stream().filter(c -> c.id().equals(company)).findFirst()
                .orElseThrow(() -> new DomainException(ErrorCode.COMPANY_NOT_FOUND));
        byte[] pdf = renderer.render(certificate(certificate, companySummary, records));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("disposal-certificate-" + certificate + ".pdf").build().toString())
                .body(pdf);
    }

    private DisposalCertificate certificate(String id, CompanySummaryResponse company, List<DisposalRecordResponse> records) {
        DisposalRecordResponse first = records.get(0);
        RetentionPolicy policy = RetentionPolicy.current();
        List<DisposalCertificate.Line> lines = records.stream().map(r -> new DisposalCertificate.Line(
                UUID.fromString(r.subjectId()), r.employeeCode(), r.kind().labelJa(),
                (r.documentTypeId() == null ? "事務の終了"
                        : policy.documentType(r.documentTypeId()).map(t -> t.nameJa()).orElse(r.documentTypeId()))
                        + " — " + r.basis(),
                r.dueOn().minusDays(1), r.disposedAt())).toList();
        String confirmedBy = first.automatic() ? "mnledger（会社の自動確定方針による）"
                : first.confirmedByName() == null ? first.confirmedBy() : first.confirmedByName();
        String role = first.automatic() || first.confirmedRole() == null ? "システム" : roleLabel(first.confirmedRole());
        String events = records.stream().limit(5).map(DisposalRecordResponse::eventId).collect(Collectors.joining(", "))
                + (records.size() > 5 ? " ほか " + (records.size() - 5) + " 件（廃棄記録 API で全件を確認できます）" : "");
        return new DisposalCertificate(id, company.name(),
                company.corporateNumber() == null ? null : CorporateNumber.parse(company.corporateNumber()), confirmedBy,
                role, first.automatic() ? DisposalCertificate.Trigger.RETENTION_EXPIRED : DisposalCertificate.Trigger.MANUAL,
                lines, "廃棄記録イベント（監査ログ）: " + events, clock.instant());
    }

    private static String roleLabel(String role) {
        try {
            return Role.valueOf(role).labelJa();
        } catch (IllegalArgumentException e) {
            return role;
        }
    }
}
