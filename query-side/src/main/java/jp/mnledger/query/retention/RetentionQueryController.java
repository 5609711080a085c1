package jp.mnledger.query.retention;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import jp.mnledger.kernel.audit.AuditMetadata;
import jp.mnledger.kernel.error.ErrorCode;
import jp.mnledger.kernel.error.ResourceIds;
import jp.mnledger.kernel.retention.DisposalRecordResponse;
import jp.mnledger.kernel.retention.DocumentType;
import jp.mnledger.kernel.retention.FetchDisposalRecordsQuery;
import jp.mnledger.kernel.retention.FetchRetentionScheduleQuery;
import jp.mnledger.kernel.retention.RetentionPolicy;
import jp.mnledger.kernel.retention.RetentionScheduleEntryResponse;
import jp.mnledger.query.GraphQlMetadata;
import jp.mnledger.query.ReadApi;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

/** The retention schedule, the 廃棄記録 and the policy, over REST and GraphQL. */
@Controller
class RetentionQueryController {

    private final ReadApi readApi;

    RetentionQueryController(ReadApi readApi) {
        this.readApi = readApi;
    }

    /** The policy's document types: period, start, legal basis, source, and whether the basis is unverified. */
    record PolicyResponse(int version, List<DocumentType> documentTypes) {
    }

    @Operation(summary = "保存期間ポリシー（文書の種類・期間・根拠） / The retention policy", tags = "保存・廃棄")
    @GetMapping("/api/v1/retention-policy")
    @ResponseBody
    PolicyResponse policy() {
        RetentionPolicy policy = RetentionPolicy.current();
        return new PolicyResponse(policy.version(), policy.documentTypes());
    }

    @Operation(summary = "保存期間の予定（いつ何が廃棄対象になるか） / The retention schedule", tags = "保存・廃棄")
    @GetMapping("/api/v1/companies/{companyId}/retention-schedule")
    @ResponseBody
    List<RetentionScheduleEntryResponse> schedule(@PathVariable String companyId, HttpServletRequest request) {
        String company = ResourceIds.require(companyId, ErrorCode.COMPANY_NOT_FOUND);
        return readApi.list(new FetchRetentionScheduleQuery(company), RetentionScheduleEntryResponse.class,
                readApi.metadata(request, company));
    }

    @Operation(summary = "廃棄記録（番号・氏名は含まない） / The disposal record", tags = "保存・廃棄")
    @GetMapping("/api/v1/companies/{companyId}/disposals")
    @ResponseBody
    List<DisposalRecordResponse> disposals(@PathVariable String companyId, HttpServletRequest request) {
        String company = ResourceIds.require(companyId, ErrorCode.COMPANY_NOT_FOUND);
        return readApi.list(new FetchDisposalRecordsQuery(company, null), DisposalRecordResponse.class,
                readApi.metadata(request, company));
    }

    @QueryMapping
    List<RetentionScheduleEntryResponse> retentionSchedule(@Argument String companyId,
                                                           @ContextValue(GraphQlMetadata.KEY) AuditMetadata metadata) {
        String company = ResourceIds.require(companyId, ErrorCode.COMPANY_NOT_FOUND);
        return readApi.list(new FetchRetentionScheduleQuery(company), RetentionScheduleEntryResponse.class,
                metadata.withTenant(company));
    }

    @QueryMapping
    List<DisposalRecordResponse> disposals(@Argument String companyId,
                                           @ContextValue(GraphQlMetadata.KEY) AuditMetadata metadata) {
        String company = ResourceIds.require(companyId, ErrorCode.COMPANY_NOT_FOUND);
        return readApi.list(new FetchDisposalRecordsQuery(company, null), DisposalRecordResponse.class,
                metadata.withTenant(company));
    }
}
