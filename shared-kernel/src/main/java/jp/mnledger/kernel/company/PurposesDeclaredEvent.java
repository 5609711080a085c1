package jp.mnledger.kernel.company;

import java.util.List;
import jp.mnledger.kernel.purpose.Purpose;
import org.axonframework.serialization.Revision;

/** The company's declared purposes (sorted), replacing any earlier declaration. */
@Revision("1")
public record PurposesDeclaredEvent(String companyId, List<Purpose> purposes) {

    public PurposesDeclaredEvent {
        purposes = List.copyOf(purposes);
    }
}
