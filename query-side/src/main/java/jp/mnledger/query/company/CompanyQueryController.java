package jp.mnledger.query.company;

import java.util.List;
import jp.mnledger.kernel.company.CompanySummaryResponse;
import jp.mnledger.kernel.company.FetchCompaniesQuery;
import jp.mnledger.query.ReadApi;
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

    @GetMapping("/api/v1/companies")
    @ResponseBody
    List<CompanySummaryResponse> list() {
        return companies();
    }

    @QueryMapping
    List<CompanySummaryResponse> companies() {
        return readApi.list(new FetchCompaniesQuery(), CompanySummaryResponse.class);
    }
}
