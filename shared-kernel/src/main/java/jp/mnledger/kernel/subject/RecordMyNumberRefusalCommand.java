package jp.mnledger.kernel.subject;

import java.time.LocalDate;
import jp.mnledger.kernel.access.Permission;
import jp.mnledger.kernel.access.Requires;
import jp.mnledger.kernel.access.SubjectScoped;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The person declined to provide their number (NTA FAQ Q2-10): record how and when it was requested and the
 * stated reason, so filings can proceed without it. The stated reason is sealed.
 */
@Requires(Permission.ACQUIRE_NUMBER)
public record RecordMyNumberRefusalCommand(@TargetAggregateIdentifier String subjectId, String companyId,
                                           String howRequested, LocalDate requestedOn, String statedReason)
        implements SubjectScoped {

    @Override
    public String toString() {
        return "RecordMyNumberRefusalCommand[" + subjectId + "]";
    }
}
