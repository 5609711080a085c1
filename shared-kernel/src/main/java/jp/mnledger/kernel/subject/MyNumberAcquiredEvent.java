package jp.mnledger.kernel.subject;

import java.util.List;
import jp.mnledger.kernel.purpose.Purpose;
import jp.mnledger.kernel.seal.SealedValue;
import org.axonframework.serialization.Revision;

/**
 * A subject's number was acquired (取得). The number is sealed with the subject's key; the channel and
 * the purposes notified to the person (sorted, so the event's bytes are deterministic) are in clear.
 */
@Revision("1")
public record MyNumberAcquiredEvent(String subjectId, String companyId, SealedValue myNumber,
                                    AcquisitionChannel channel, List<Purpose> purposesNotified) {

    public MyNumberAcquiredEvent {
        purposesNotified = List.copyOf(purposesNotified);
    }
}
