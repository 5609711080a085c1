package jp.mnledger.query.subject;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import jp.mnledger.kernel.error.DomainException;
import jp.mnledger.kernel.subject.FetchSubjectHistoryQuery;
import jp.mnledger.kernel.subject.SubjectHistoryEntryResponse;
import jp.mnledger.kernel.audit.AuditMetadata;
import jp.mnledger.kernel.error.ErrorCode;
import jp.mnledger.kernel.error.ResourceIds;
import jp.mnledger.kernel.subject.FetchSubjectsQuery;
import jp.mnledger.kernel.subject.FetchDependentsQuery;
import jp.mnledger.kernel.subject.SubjectSummaryResponse;
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

@Controller
class SubjectQueryController {

    private final ReadApi readApi;

    SubjectQueryController(ReadApi readApi) {
        this.readApi = readApi;
    }

    @Operation(summary = "対象者一覧（番号は常にマスク） / Subjects, numbers always masked", tags = "対象者")
    @GetMapping("/api/v1/companies/{companyId}/subjects")
    @ResponseBody
    List<SubjectSummaryResponse> list(@PathVariable String companyId, HttpServletRequest request) {
        String company = ResourceIds.require(companyId, ErrorCode.COMPANY_NOT_FOUND);
        return readApi.list(new FetchSubjectsQuery(company), SubjectSummaryResponse.class, readApi.metadata(request, company));
    }

    /** 扶養親族: the dependents of one employee, masked, with 続柄 and number status. */
    @Operation(summary = "従業員の扶養親族（続柄・状況） / An employee's dependents", tags = "対象者")
    @GetMapping("/api/v1/companies/{companyId}/subjects/{subjectId}/dependents")
    @ResponseBody
    List<SubjectSummaryResponse> dependents(@PathVariable String companyId, @PathVariable String subjectId,
                                            HttpServletRequest request) {
        String company = ResourceIds.require(companyId, ErrorCode.COMPANY_NOT_FOUND);
        String employee = ResourceIds.require(subjectId, ErrorCode.SUBJECT_NOT_FOUND);
        return readApi.list(new FetchDependentsQuery(company, employee), SubjectSummaryResponse.class,
                readApi.metadata(request, company));
    }

    @QueryMapping
    List<SubjectSummaryResponse> dependents(@Argument String companyId, @Argument String employeeId,
                                            @ContextValue(GraphQlMetadata.KEY) AuditMetadata metadata) {
        String company = ResourceIds.require(companyId, ErrorCode.COMPANY_NOT_FOUND);
        String employee = ResourceIds.require(employeeId, ErrorCode.SUBJECT_NOT_FOUND);
        return readApi.list(new FetchDependentsQuery(company, employee), SubjectSummaryResponse.class,
                metadata.withTenant(company));
    }

    /** The subject's lifecycle and accesses as of a time (RFC 3339, default now): who, what, purpose, when, where. */
    @Operation(summary = "対象者の履歴（誰が・何を・目的・いつ・どこから） / A subject's history", tags = "記録・監査")
    @GetMapping("/api/v1/companies/{companyId}/subjects/{subjectId}/history")
    @ResponseBody
    List<SubjectHistoryEntryResponse> history(@PathVariable String companyId, @PathVariable String subjectId,
                                              @RequestParam(required = false) String asOf, HttpServletRequest request) {
        String company = ResourceIds.require(companyId, ErrorCode.COMPANY_NOT_FOUND);
        String subject = ResourceIds.require(subjectId, ErrorCode.SUBJECT_NOT_FOUND);
        return readApi.list(new FetchSubjectHistoryQuery(company, subject, instant(asOf)),
                SubjectHistoryEntryResponse.class, readApi.metadata(request, company));
    }

    @QueryMapping
    List<SubjectHistoryEntryResponse> subjectHistory(@Argument String companyId, @Argument String subjectId,
                                                     @Argument String asOf,
                                                     @ContextValue(GraphQlMetadata.KEY) AuditMetadata metadata) {
        String company = ResourceIds.require(companyId, ErrorCode.COMPANY_NOT_FOUND);
        String subject = ResourceIds.require(subjectId, ErrorCode.SUBJECT_NOT_FOUND);
        return readApi.list(new FetchSubjectHistoryQuery(company, subject, instant(asOf)),
                SubjectHistoryEntryResponse.class, metadata.withTenant(company));
    }

    private static Instant instant(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw new DomainException(ErrorCode.REQUEST_INVALID);
        }
    }

    @QueryMapping
    List<SubjectSummaryResponse> subjects(@Argument String companyId,
                                          @ContextValue(GraphQlMetadata.KEY) AuditMetadata metadata) {
        String company = ResourceIds.require(companyId, ErrorCode.COMPANY_NOT_FOUND);
        return readApi.list(new FetchSubjectsQuery(company), SubjectSummaryResponse.class, metadata.withTenant(company));
    }
}
