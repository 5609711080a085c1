package jp.mnledger.query.incident;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import jp.mnledger.kernel.audit.AuditMetadata;
import jp.mnledger.kernel.error.ErrorCode;
import jp.mnledger.kernel.error.ResourceIds;
import jp.mnledger.kernel.incident.BreachReportResponse;
import jp.mnledger.kernel.incident.FetchBreachReportsQuery;
import jp.mnledger.query.GraphQlMetadata;
import jp.mnledger.query.ReadApi;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

/** 漏えい等報告 drafts over REST and GraphQL: the responsible manager, the office head and the auditor. */
@Controller
class BreachReportQueryController {

    private final ReadApi readApi;

    BreachReportQueryController(ReadApi readApi) {
        this.readApi = readApi;
    }

    @Operation(summary = "漏えい等報告の下書き一覧（新しい順） / The breach-report drafts", tags = "漏えい等報告")
    @GetMapping("/api/v1/companies/{companyId}/breach-reports")
    @ResponseBody
    List<BreachReportResponse> list(@PathVariable String companyId, HttpServletRequest request) {
        String company = ResourceIds.require(companyId, ErrorCode.COMPANY_NOT_FOUND);
        return reports(company, null, readApi.metadata(request, company));
    }

    @Operation(summary = "漏えい等報告の下書き / One breach-report draft", tags = "漏えい等報告")
    @GetMapping("/api/v1/companies/{companyId}/breach-reports/{reportId}")
    @ResponseBody
    BreachReportResponse one(@PathVariable String companyId, @PathVariable String reportId, HttpServletRequest request) {
        String company = ResourceIds.require(companyId, ErrorCode.COMPANY_NOT_FOUND);
        String report = ResourceIds.require(reportId, ErrorCode.BREACH_REPORT_NOT_FOUND);
        return reports(company, report, readApi.metadata(request, company)).get(0);
    }

    @QueryMapping
    List<BreachReportResponse> breachReports(@Argument String companyId,
                                             @ContextValue(GraphQlMetadata.KEY) AuditMetadata metadata) {
        String company = ResourceIds.require(companyId, ErrorCode.COMPANY_NOT_FOUND);
        return reports(company, null, metadata.withTenant(company));
    }

    @QueryMapping
    BreachReportResponse breachReport(@Argument String companyId, @Argument String reportId,
                                      @ContextValue(GraphQlMetadata.KEY) AuditMetadata metadata) {
        String company = ResourceIds.require(companyId, ErrorCode.COMPANY_NOT_FOUND);
        String report = ResourceIds.require(reportId, ErrorCode.BREACH_REPORT_NOT_FOUND);
        return reports(company, report, metadata.withTenant(company)).get(0);
    }

    private List<BreachReportResponse> reports(String company, String report, AuditMetadata metadata) {
        return readApi.list(new FetchBreachReportsQuery(company, report), BreachReportResponse.class, metadata);
    }
}
