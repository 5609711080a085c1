package jp.mnledger.ops.retention;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import jp.mnledger.command.api.AuditMetadataResolver;
import jp.mnledger.kernel.error.ErrorCode;
import jp.mnledger.kernel.error.ResourceIds;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** A manager runs the sweep for their company now, rather than waiting for the schedule. */
@RestController
class RetentionSweepController {

    private final RetentionSweep sweep;
    private final AuditMetadataResolver metadata;

    RetentionSweepController(RetentionSweep sweep, AuditMetadataResolver metadata) {
        this.sweep = sweep;
        this.metadata = metadata;
    }

    @Operation(summary = "保存期間満了の確認を今すぐ実行する（廃棄の提案） / Run the retention sweep now", tags = "保存・廃棄")
    @PostMapping("/api/v1/companies/{companyId}/retention-sweeps")
    RetentionSweep.Result run(@PathVariable String companyId, HttpServletRequest request) {
        String company = ResourceIds.require(companyId, ErrorCode.COMPANY_NOT_FOUND);
        return sweep.sweep(company, metadata.resolve(request, company));
    }
}
