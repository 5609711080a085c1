package jp.mnledger.ops.incident;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import jp.mnledger.kernel.audit.AuditMetadata;
import jp.mnledger.kernel.company.CompanySummaryResponse;
import jp.mnledger.kernel.company.FetchCompaniesQuery;
import jp.mnledger.kernel.error.ErrorCode;
import jp.mnledger.kernel.error.ResourceIds;
import jp.mnledger.kernel.incident.BreachReportResponse;
import jp.mnledger.kernel.incident.FetchBreachReportsQuery;
import jp.mnledger.ops.pdf.BreachReportRenderer;
import jp.mnledger.query.ReadApi;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A 漏えい等報告 draft as a PDF: the same audited query as the JSON (manager, office head, auditor). */
@RestController
class BreachReportPdfController {

    private final ReadApi readApi;
    private final BreachReportRenderer renderer;
    private final Clock clock;

    BreachReportPdfController(ReadApi readApi, BreachReportRenderer renderer, Clock clock) {
        this.readApi = readApi;
        this.renderer = renderer;
        this.clock = clock;
    }

    @Operation(summary = "漏えい等報告の下書き（PDF）をダウンロードする / Download a breach-report draft (PDF)",
            tags = "漏えい等報告")
    @GetMapping("/api/v1/companies/{companyId}/breach-reports/{reportId}/pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String companyId, @PathVariable String reportId, HttpServletRequest request) {
        String company = ResourceIds.require(companyId, ErrorCode.COMPANY_NOT_FOUND);
        String id = ResourceIds.require(reportId, ErrorCode.BREACH_REPORT_NOT_FOUND);
        AuditMetadata metadata = readApi.metadata(request, company);
        BreachReportResponse report = readApi.list(new FetchBreachReportsQuery(company, id), BreachReportResponse.class,
                metadata).get(0);
        String companyName = readApi.list(new FetchCompaniesQuery(), CompanySummaryResponse.class,
                readApi.metadata(request, null)).stream().filter(c -> c.id().equals(company))
                .map(CompanySummaryResponse::name).findFirst().orElse(company);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("breach-report-" + id + ".pdf").build().toString())
                .body(renderer.render(report, companyName, clock.instant()));
    }
}
