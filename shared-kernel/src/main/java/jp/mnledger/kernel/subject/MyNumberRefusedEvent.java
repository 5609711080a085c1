package jp.mnledger.kernel.subject;

import java.time.LocalDate;
import jp.mnledger.kernel.seal.SealedValue;
import org.axonframework.serialization.Revision;

/** The person declined to provide their number; how and when it was requested, and the reason (sealed). */
@Revision("1")
public record MyNumberRefusedEvent(String subjectId, String companyId, String howRequested, LocalDate requestedOn,
                                   SealedValue statedReason) {
}
