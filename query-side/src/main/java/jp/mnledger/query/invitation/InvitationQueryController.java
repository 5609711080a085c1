package jp.mnledger.query.invitation;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import jp.mnledger.kernel.error.ErrorCode;
import jp.mnledger.kernel.error.ResourceIds;
import jp.mnledger.kernel.invitation.FetchInvitationsQuery;
import jp.mnledger.kernel.invitation.InvitationResponse;
import jp.mnledger.query.ReadApi;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
class InvitationQueryController {

    private final ReadApi readApi;

    InvitationQueryController(ReadApi readApi) {
        this.readApi = readApi;
    }

    /** The submission history: every invitation of the subject, newest first. Never a link or a secret. */
    @Operation(summary = "招待リンクの履歴（状態・日時・受付番号） / A subject's invitations (states, times, receipts)", tags = "招待")
    @GetMapping("/api/v1/companies/{companyId}/subjects/{subjectId}/invitations")
    List<InvitationResponse> list(@PathVariable String companyId, @PathVariable String subjectId, HttpServletRequest request) {
        String company = ResourceIds.require(companyId, ErrorCode.COMPANY_NOT_FOUND);
        String subject = ResourceIds.require(subjectId, ErrorCode.SUBJECT_NOT_FOUND);
        return readApi.list(new FetchInvitationsQuery(company, subject), InvitationResponse.class,
                readApi.metadata(request, company));
    }
}
