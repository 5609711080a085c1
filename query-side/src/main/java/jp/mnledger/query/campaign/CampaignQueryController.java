package jp.mnledger.query.campaign;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import jp.mnledger.kernel.audit.AuditMetadata;
import jp.mnledger.kernel.company.CampaignProgressResponse;
import jp.mnledger.kernel.company.FetchCampaignQuery;
import jp.mnledger.kernel.company.FetchCampaignsQuery;
import jp.mnledger.kernel.error.ErrorCode;
import jp.mnledger.kernel.error.ResourceIds;
import jp.mnledger.query.GraphQlMetadata;
import jp.mnledger.query.ReadApi;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

/** Collection progress per campaign, over REST and GraphQL. Masked only. */
@Controller
class CampaignQueryController {

    private final ReadApi readApi;

    CampaignQueryController(ReadApi readApi) {
        this.readApi = readApi;
    }

    @Operation(summary = "回収キャンペーンの進捗一覧 / Campaign progress", tags = "回収キャンペーン")
    @GetMapping("/api/v1/companies/{companyId}/campaigns")
    @ResponseBody
    List<CampaignProgressResponse> list(@PathVariable String companyId, HttpServletRequest request) {
        String company = ResourceIds.require(companyId, ErrorCode.COMPANY_NOT_FOUND);
        return readApi.list(new FetchCampaignsQuery(company), CampaignProgressResponse.class,
                readApi.metadata(request, company));
    }

    @Operation(summary = "回収キャンペーンの進捗と対象者ごとの状況（マスク済み） / One campaign with each subject's status", tags = "回収キャンペーン")
    @GetMapping("/api/v1/companies/{companyId}/campaigns/{campaignId}")
    @ResponseBody
    CampaignProgressResponse one(@PathVariable String companyId, @PathVariable String campaignId,
                                 HttpServletRequest request) {
        String company = ResourceIds.require(companyId, ErrorCode.COMPANY_NOT_FOUND);
        String campaign = ResourceIds.require(campaignId, ErrorCode.CAMPAIGN_NOT_FOUND);
        return readApi.list(new FetchCampaignQuery(company, campaign), CampaignProgressResponse.class,
                readApi.metadata(request, company)).get(0);
    }

    @QueryMapping
    List<CampaignProgressResponse> campaigns(@Argument String companyId,
                                             @ContextValue(GraphQlMetadata.KEY) AuditMetadata metadata) {
        String company = ResourceIds.require(companyId, ErrorCode.COMPANY_NOT_FOUND);
        return readApi.list(new FetchCampaignsQuery(company), CampaignProgressResponse.class, metadata.withTenant(company));
    }

    @QueryMapping
    CampaignProgressResponse campaign(@Argument String companyId, @Argument String campaignId,
                                      @ContextValue(GraphQlMetadata.KEY) AuditMetadata metadata) {
        String company = ResourceIds.require(companyId, ErrorCode.COMPANY_NOT_FOUND);
        String campaign = ResourceIds.require(campaignId, ErrorCode.CAMPAIGN_NOT_FOUND);
        return readApi.list(new FetchCampaignQuery(company, campaign), CampaignProgressResponse.class,
                metadata.withTenant(company)).get(0);
    }
}
