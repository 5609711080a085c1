package jp.mnledger.query.access;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import jp.mnledger.kernel.access.AccessLogEntryResponse;
import jp.mnledger.kernel.access.FetchAccessLogQuery;
import jp.mnledger.kernel.access.FetchHandlerRegisterQuery;
import jp.mnledger.kernel.access.FetchHandlingRegisterQuery;
import jp.mnledger.kernel.access.HandlingRegisterResponse;
import jp.mnledger.kernel.access.HandlerRegisterEntryResponse;
import jp.mnledger.kernel.audit.AuditMetadata;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** The handler register and the access log, for the responsible manager, the office head and the auditor. */
@Controller
class AccessQueryController {

    private final ReadApi readApi;

    AccessQueryController(ReadApi readApi) {
        this.readApi = readApi;
    }

    @Operation(summary = "事務取扱担当者の名簿 / Register of handlers", tags = "記録・監査")
    @GetMapping("/api/v1/companies/{companyId}/handlers")
    @ResponseBody
    List<HandlerRegisterEntryResponse> handlers(@PathVariable String companyId, HttpServletRequest request) {
        String company = ResourceIds.require(companyId, ErrorCode.COMPANY_NOT_FOUND);
        return readApi.list(new FetchHandlerRegisterQuery(company), HandlerRegisterEntryResponse.class,
                readApi.metadata(request, company));
    }

    @Operation(summary = "アクセス記録（新しい順） / Access log, newest first", tags = "記録・監査")
    @GetMapping("/api/v1/companies/{companyId}/access-log")
    @ResponseBody
    List<AccessLogEntryResponse> accessLog(@PathVariable String companyId,
                                           @RequestParam(defaultValue = "200") int limit, HttpServletRequest request) {
        String company = ResourceIds.require(companyId, ErrorCode.COMPANY_NOT_FOUND);
        return readApi.list(new FetchAccessLogQuery(company, limit), AccessLogEntryResponse.class,
                readApi.metadata(request, company));
    }

    /** 取扱状況の記録: the file, responsible managers, and per purpose who has access and how many numbers are held. */
    @Operation(summary = "取扱状況の記録（番号は含まない） / Handling register (never a number)", tags = "記録・監査")
    @GetMapping("/api/v1/companies/{companyId}/handling-register")
    @ResponseBody
    HandlingRegisterResponse handlingRegister(@PathVariable String companyId, HttpServletRequest request) {
        String company = ResourceIds.require(companyId, ErrorCode.COMPANY_NOT_FOUND);
        return readApi.list(new FetchHandlingRegisterQuery(company), HandlingRegisterResponse.class,
                readApi.metadata(request, company)).get(0);
    }

    @QueryMapping
    HandlingRegisterResponse handlingRegister(@Argument String companyId,
                                              @ContextValue(GraphQlMetadata.KEY) AuditMetadata metadata) {
        String company = ResourceIds.require(companyId, ErrorCode.COMPANY_NOT_FOUND);
        return readApi.list(new FetchHandlingRegisterQuery(company), HandlingRegisterResponse.class,
                metadata.withTenant(company)).get(0);
    }

    @QueryMapping
    List<HandlerRegisterEntryResponse> handlerRegister(@Argument String companyId,
                                                       @ContextValue(GraphQlMetadata.KEY) AuditMetadata metadata) {
        String company = ResourceIds.require(companyId, ErrorCode.COMPANY_NOT_FOUND);
        return readApi.list(new FetchHandlerRegisterQuery(company), HandlerRegisterEntryResponse.class,
                metadata.withTenant(company));
    }

    @QueryMapping
    List<AccessLogEntryResponse> accessLog(@Argument String companyId, @Argument Integer limit,
                                           @ContextValue(GraphQlMetadata.KEY) AuditMetadata metadata) {
        String company = ResourceIds.require(companyId, ErrorCode.COMPANY_NOT_FOUND);
        return readApi.list(new FetchAccessLogQuery(company, limit == null ? 200 : limit), AccessLogEntryResponse.class,
                metadata.withTenant(company));
    }
}
