package jp.mnledger.query.inbox;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import jp.mnledger.kernel.error.ErrorCode;
import jp.mnledger.kernel.error.ResourceIds;
import jp.mnledger.kernel.inbox.FetchIdDocumentImagesQuery;
import jp.mnledger.kernel.inbox.IdDocumentImageResponse;
import jp.mnledger.query.ReadApi;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
class IdDocumentQueryController {

    private final ReadApi readApi;

    IdDocumentQueryController(ReadApi readApi) {
        this.readApi = readApi;
    }

    /** The subject's ID-document images, received and purged, for a handler verifying the number: metadata only. */
    @Operation(summary = "受信した画像の一覧（内容は含まない） / Images received, metadata only", tags = "本人確認書類の受信箱")
    @GetMapping("/api/v1/companies/{companyId}/subjects/{subjectId}/id-documents")
    List<IdDocumentImageResponse> list(@PathVariable String companyId, @PathVariable String subjectId,
                                       HttpServletRequest request) {
        String company = ResourceIds.require(companyId, ErrorCode.COMPANY_NOT_FOUND);
        String subject = ResourceIds.require(subjectId, ErrorCode.SUBJECT_NOT_FOUND);
        return readApi.list(new FetchIdDocumentImagesQuery(company, subject), IdDocumentImageResponse.class,
                readApi.metadata(request, company));
    }

    @org.springframework.graphql.data.method.annotation.QueryMapping
    List<IdDocumentImageResponse> idDocuments(
            @org.springframework.graphql.data.method.annotation.Argument String companyId,
            @org.springframework.graphql.data.method.annotation.Argument String subjectId,
            @org.springframework.graphql.data.method.annotation.ContextValue(jp.mnledger.query.GraphQlMetadata.KEY)
            jp.mnledger.kernel.audit.AuditMetadata metadata) {
        String company = ResourceIds.require(companyId, ErrorCode.COMPANY_NOT_FOUND);
        String subject = ResourceIds.require(subjectId, ErrorCode.SUBJECT_NOT_FOUND);
        return readApi.list(new FetchIdDocumentImagesQuery(company, subject), IdDocumentImageResponse.class,
                metadata.withTenant(company));
    }
}
