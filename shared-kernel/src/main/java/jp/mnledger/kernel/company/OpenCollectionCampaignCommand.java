package jp.mnledger.kernel.company;

import java.time.LocalDate;
import java.util.Set;
import jp.mnledger.kernel.access.CompanyScoped;
import jp.mnledger.kernel.access.Permission;
import jp.mnledger.kernel.access.Requires;
import jp.mnledger.kernel.purpose.Purpose;
import jp.mnledger.kernel.subject.SubjectKind;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Open a named collection campaign (e.g. 年末調整 2026): whose numbers are to be collected, for which
 * declared purposes, by when. Progress is a projection of the subjects' own lifecycles.
 */
@Requires(Permission.REGISTER_SUBJECT)
public record OpenCollectionCampaignCommand(@TargetAggregateIdentifier String companyId, String campaignId, String name,
                                            Set<Purpose> purposes, Set<SubjectKind> subjectKinds, LocalDate dueOn)
        implements CompanyScoped {

    public OpenCollectionCampaignCommand {
        purposes = purposes == null ? Set.of() : Set.copyOf(purposes);
        subjectKinds = subjectKinds == null ? Set.of() : Set.copyOf(subjectKinds);
    }
}
