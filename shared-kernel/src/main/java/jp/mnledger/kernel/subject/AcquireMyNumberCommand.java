package jp.mnledger.kernel.subject;

import java.util.Set;
import jp.mnledger.kernel.access.Permission;
import jp.mnledger.kernel.access.Requires;
import jp.mnledger.kernel.access.SubjectScoped;
import jp.mnledger.kernel.number.MyNumber;
import jp.mnledger.kernel.purpose.Purpose;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Record that a subject's number was acquired (取得), through which channel and with which purposes
 * notified to the person. The number is validated before the command exists and sealed before any
 * event does; {@link MyNumber#toString()} hides it.
 */
@Requires(Permission.ACQUIRE_NUMBER)
public record AcquireMyNumberCommand(@TargetAggregateIdentifier String subjectId, String companyId,
                                     MyNumber myNumber, AcquisitionChannel channel,
                                     Set<Purpose> purposesNotified) implements SubjectScoped {

    public AcquireMyNumberCommand {
        purposesNotified = Set.copyOf(purposesNotified);
    }
}
