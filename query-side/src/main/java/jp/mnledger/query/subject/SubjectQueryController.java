package jp.mnledger.query.subject;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import jp.mnledger.kernel.audit.AuditMetadata;
import jp.mnledger.kernel.error.ErrorCode;
import jp.mnledger.kernel.error.ResourceIds;
import jp.mnledger.kernel.subject.FetchSubjectsQuery;
import jp.mnledger.kernel.subject.SubjectSummaryResponse;
import jp.mnledger.query.GraphQlMetadata;
import jp.mnledger.query.ReadApi;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

@Controller
class SubjectQueryController {

    private final ReadApi readApi;

    SubjectQueryController(ReadApi readApi) {
        this.readApi = readApi;
    }

    @GetMapping("/api/v1/companies/{companyId}/subjects")
    @ResponseBody
    List<SubjectSummaryResponse> list(@PathVariable String companyId, HttpServletRequest request) {
        String company = ResourceIds.require(companyId, ErrorCode.COMPANY_NOT_FOUND);
        return readApi.list(new FetchSubjectsQuery(company), SubjectSummaryResponse.class, readApi.metadata(request, company));
    }

    @QueryMapping
    List<SubjectSummaryResponse> subjects(@Argument String companyId,
                                          @ContextValue(GraphQlMetadata.KEY) AuditMetadata metadata) {
        String company = ResourceIds.require(companyId, ErrorCode.COMPANY_NOT_FOUND);
        return readApi.list(new FetchSubjectsQuery(company), SubjectSummaryResponse.class, metadata.withTenant(company));
    }
}
