package jp.mnledger.kernel.identity;

import java.util.List;
import jp.mnledger.kernel.purpose.Purpose;
import org.axonframework.serialization.Revision;

/** A user was appointed handler for purposes (sorted), under a version of the handling rules. */
@Revision("1")
public record HandlerAppointedEvent(String companyId, String userId, List<Purpose> purposes, int rulesVersion) {

    public HandlerAppointedEvent {
        purposes = List.copyOf(purposes);
    }
}
