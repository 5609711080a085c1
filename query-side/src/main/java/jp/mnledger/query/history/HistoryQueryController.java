package jp.mnledger.query.history;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import jp.mnledger.kernel.audit.AuditMetadata;
import jp.mnledger.kernel.error.DomainException;
import jp.mnledger.kernel.error.ErrorCode;
import jp.mnledger.kernel.error.ResourceIds;
import jp.mnledger.kernel.history.CompanyStateResponse;
import jp.mnledger.kernel.history.FetchAuditableStateQuery;
import jp.mnledger.kernel.history.FetchCompanyStateQuery;
import jp.mnledger.kernel.history.FetchSubjectStateQuery;
import jp.mnledger.kernel.history.SubjectStateResponse;
import jp.mnledger.query.GraphQlMetadata;
import jp.mnledger.query.ReadApi;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * History reconstruction "as of" a time (ADR 0017), from the event stream: a company, one subject, or every company
 * the caller may audit. {@code asOf} is RFC 3339 (default: now); unparseable is 400 AS_OF_INVALID, later than the
 * server's now is 400 AS_OF_IN_FUTURE.
 */
@Controller
class HistoryQueryController {

    private final ReadApi readApi;
    private final Clock clock;

    HistoryQueryController(ReadApi readApi, ObjectProvider<Clock> clock) {
        this.readApi = readApi;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    @Operation(summary = "ある時点の会社の状態と記録（イベントから再構成） / A company as of a time, from the event stream",
            tags = "記録・監査")
    @GetMapping("/api/v1/companies/{companyId}/history")
    @ResponseBody
    CompanyStateResponse company(@PathVariable String companyId, @RequestParam(required = false) String asOf,
                                 HttpServletRequest request) {
        String company = ResourceIds.require(companyId, ErrorCode.COMPANY_NOT_FOUND);
        return readApi.list(new FetchCompanyStateQuery(company, asOf(asOf)), CompanyStateResponse.class,
                readApi.metadata(request, company)).get(0);
    }

    @Operation(summary = "ある時点の対象者の状態と記録（イベントから再構成） / A subject as of a time, from the event stream",
            tags = "記録・監査")
    @GetMapping("/api/v1/companies/{companyId}/subjects/{subjectId}/state")
    @ResponseBody
    SubjectStateResponse subject(@PathVariable String companyId, @PathVariable String subjectId,
                                 @RequestParam(required = false) String asOf, HttpServletRequest request) {
        String company = ResourceIds.require(companyId, ErrorCode.COMPANY_NOT_FOUND);
        String subject = ResourceIds.require(subjectId, ErrorCode.SUBJECT_NOT_FOUND);
        return readApi.list(new FetchSubjectStateQuery(company, subject, asOf(asOf)), SubjectStateResponse.class,
                readApi.metadata(request, company)).get(0);
    }

    @Operation(summary = "ある時点の監査対象全社の状態と記録（イベントから再構成） / Every company one may audit, as of a time",
            tags = "記録・監査")
    @GetMapping("/api/v1/history")
    @ResponseBody
    List<CompanyStateResponse> everything(@RequestParam(required = false) String asOf, HttpServletRequest request) {
        return readApi.list(new FetchAuditableStateQuery(asOf(asOf)), CompanyStateResponse.class,
                readApi.metadata(request, null));
    }

    @QueryMapping
    CompanyStateResponse companyHistory(@Argument String companyId, @Argument String asOf,
                                        @ContextValue(GraphQlMetadata.KEY) AuditMetadata metadata) {
        String company = ResourceIds.require(companyId, ErrorCode.COMPANY_NOT_FOUND);
        return readApi.list(new FetchCompanyStateQuery(company, asOf(asOf)), CompanyStateResponse.class,
                metadata.withTenant(company)).get(0);
    }

    @QueryMapping
    SubjectStateResponse subjectState(@Argument String companyId, @Argument String subjectId, @Argument String asOf,
                                      @ContextValue(GraphQlMetadata.KEY) AuditMetadata metadata) {
        String company = ResourceIds.require(companyId, ErrorCode.COMPANY_NOT_FOUND);
        String subject = ResourceIds.require(subjectId, ErrorCode.SUBJECT_NOT_FOUND);
        return readApi.list(new FetchSubjectStateQuery(company, subject, asOf(asOf)), SubjectStateResponse.class,
                metadata.withTenant(company)).get(0);
    }

    @QueryMapping
    List<CompanyStateResponse> history(@Argument String asOf, @ContextValue(GraphQlMetadata.KEY) AuditMetadata metadata) {
        return readApi.list(new FetchAuditableStateQuery(asOf(asOf)), CompanyStateResponse.class, metadata);
    }

    private Instant asOf(String value) {
        Instant now = clock.instant();
        if (value == null || value.isBlank()) {
            return now;
        }
        Instant asOf;
        try {
            asOf = OffsetDateTime.parse(value.trim()).toInstant();
        } catch (DateTimeParseException e) {
            throw new DomainException(ErrorCode.AS_OF_INVALID);
        }
        if (asOf.isAfter(now)) {
            throw new DomainException(ErrorCode.AS_OF_IN_FUTURE);
        }
        return asOf;
    }
}
