package jp.mnledger.kernel.company;

import java.time.LocalDate;
import java.util.List;
import jp.mnledger.kernel.purpose.Purpose;
import jp.mnledger.kernel.subject.SubjectKind;
import org.axonframework.serialization.Revision;

/** A collection campaign was opened: its name, purposes (sorted), subject kinds (sorted) and due date. */
@Revision("1")
public record CollectionCampaignOpenedEvent(String companyId, String campaignId, String name, List<Purpose> purposes,
                                            List<SubjectKind> subjectKinds, LocalDate dueOn) {
}
