package jp.mnledger.query.company;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import jp.mnledger.kernel.audit.AuditMetadata;
import jp.mnledger.kernel.company.CompanySummaryResponse;
import jp.mnledger.kernel.company.FetchCompaniesQuery;
import jp.mnledger.query.GraphQlMetadata;
import jp.mnledger.query.ReadApi;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

@Controller
class CompanyQueryController {

    private final ReadApi readApi;

    CompanyQueryController(ReadApi readApi) {
        this.readApi = readApi;
    }

    @Operation(summary = "閲覧できる会社の一覧 / Companies the caller may see", tags = "会社")
    @GetMapping("/api/v1/companies")
    @ResponseBody
    List<CompanySummaryResponse> list(HttpServletRequest request) {
        return readApi.list(new FetchCompaniesQuery(), CompanySummaryResponse.class, readApi.metadata(request, null));
    }

    @QueryMapping
    List<CompanySummaryResponse> companies(@ContextValue(GraphQlMetadata.KEY) AuditMetadata metadata) {
        return readApi.list(new FetchCompaniesQuery(), CompanySummaryResponse.class, metadata);
    }
}
