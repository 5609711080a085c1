package jp.mnledger.query.campaign;


import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.mnledger.kernel.company.CampaignProgressResponse;
import jp.mnledger.kernel.company.CampaignSubjectResponse;
import jp.mnledger.kernel.company.CollectionCampaignOpenedEvent;
import jp.mnledger.kernel.company.FetchCampaignQuery;
import jp.mnledger.kernel.company.FetchCampaignsQuery;
import jp.mnledger.kernel.error.DomainException;
import jp.mnledger.kernel.error.ErrorCode;
import jp.mnledger.kernel.purpose.Purpose;
import jp.mnledger.kernel.subject.SubjectKind;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Collection campaigns and their progress. The campaign itself is stored here; where each targeted
 * subject stands is read from the masked subject list at query time, so progress follows the subjects'
 * own lifecycles without a second copy of their state. A campaign targets the company's subjects of
 * its kinds, except people who had left (or whose employee had left) before it opened.
 */
@Component
@ProcessingGroup("campaign-progress")
class CampaignProgressProjection {

    static final String OUTSTANDING = "OUTSTANDING";
    static final String COLLECTED = "COLLECTED";
    static final String VERIFIED = "VERIFIED";
    static final String REFUSED = "REFUSED";
    static final String PURPOSE_NOT_NOTIFIED = "PURPOSE_NOT_NOTIFIED";

    private final JdbcTemplate jdbc;

    CampaignProgressProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(CollectionCampaignOpenedEvent event, @Timestamp Instant openedAt) {
        jdbc.update("""
                INSERT INTO read_model.collection_campaign (campaign_id, company_id, name, purposes, subject_kinds, due_on,
                                                            opened_at)
                VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (campaign_id) DO NOTHING""",
                event.campaignId(), event.companyId(), event.name(), Purpose.toCsv(event.purposes()),
                String.join(",", event.subjectKinds().stream().map(Enum::name).toList()),
                java.sql.Date.valueOf(event.dueOn()), java.sql.Timestamp.from(openedAt));
    }

    @ResetHandler
    void reset() {
        jdbc.update("TRUNCATE read_model.collection_campaign");
    }

    @QueryHandler
    List<CampaignProgressResponse> handle(FetchCampaignsQuery query) {
        requireCompany(query.companyId());
        return progress(query.companyId(), null, false);
    }

    @QueryHandler
    CampaignProgressResponse handle(FetchCampaignQuery query) {
        requireCompany(query.companyId());
        List<CampaignProgressResponse> found = progress(query.companyId(), query.campaignId(), true);
        if (found.isEmpty()) {
            throw new DomainException(ErrorCode.CAMPAIGN_NOT_FOUND);
        }
        return found.get(0);
    }

    private record Campaign(String id, String name, List<Purpose> purposes, List<SubjectKind> kinds,
                            java.time.LocalDate dueOn, Instant openedAt, List<CampaignSubjectResponse> subjects) {
    }

    private List<CampaignProgressResponse> progress(String companyId, String campaignId, boolean withSubjects) {
        Map<String, Campaign> campaigns = new LinkedHashMap<>();
        jdbc.query("""
                SELECT campaign_id, name, purposes, subject_kinds, due_on, opened_at FROM read_model.collection_campaign
                WHERE company_id = ? AND (CAST(? AS VARCHAR) IS NULL OR campaign_id = ?)
                ORDER BY opened_at DESC, campaign_id""", rs -> {
            campaigns.put(rs.getString(1), new Campaign(rs.getString(1), rs.getString(2),
                    List.copyOf(Purpose.fromCsv(rs.getString(3))),
                    Arrays.stream(rs.getString(4).split(",")).map(SubjectKind::valueOf).toList(),
                    rs.getDate(5).toLocalDate(), rs.getTimestamp(6).toInstant(), new ArrayList<>()));
        }, companyId, campaignId, campaignId);
        if (campaigns.isEmpty()) {
            return List.of();
        }
        jdbc.query("""
                SELECT c.campaign_id, s.subject_id, s.kind, s.display_name, s.employee_code, s.related_subject_id,
                       s.my_number_status, s.purposes_notified
                FROM read_model.collection_campaign c
                JOIN read_model.subject s ON s.company_id = c.company_id
                     AND position(',' || s.kind || ',' IN ',' || c.subject_kinds || ',') > 0
                LEFT JOIN read_model.subject e ON e.subject_id = s.related_subject_id
                WHERE c.company_id = ? AND (CAST(? AS VARCHAR) IS NULL OR c.campaign_id = ?)
                  AND s.my_number_status NOT IN ('DISPOSAL_DUE', 'DISPOSED')
                  AND (s.left_on IS NULL OR s.left_on >= CAST(c.opened_at AT TIME ZONE 'Asia/Tokyo' AS DATE))
                  AND (e.left_on IS NULL OR e.left_on >= CAST(c.opened_at AT TIME ZONE 'Asia/Tokyo' AS DATE))
                ORDER BY s.registered_at, s.subject_id""", rs -> {
            Campaign campaign = campaigns.get(rs.getString(1));
            campaign.subjects().add(new CampaignSubjectResponse(rs.getString(2), SubjectKind.valueOf(rs.getString(3)),
                    rs.getString(4), rs.getString(5), rs.getString(6),
                    status(rs.getString(7), Purpose.fromCsv(rs.getString(8)), campaign.purposes())));
        }, companyId, campaignId, campaignId);
        return campaigns.values().stream().map(c -> response(c, withSubjects)).toList();
    }

    /** Where one subject stands for a campaign, from its number status and the purposes notified to it. */
    static String status(String myNumberStatus, Set<Purpose> notified, List<Purpose> campaignPurposes) {
        return switch (myNumberStatus) {
            case "REFUSED" -> REFUSED;
            case "ACQUIRED", "VERIFIED" -> !notified.containsAll(campaignPurposes) ? PURPOSE_NOT_NOTIFIED
                    : myNumberStatus.equals("VERIFIED") ? VERIFIED : COLLECTED;
            default -> OUTSTANDING;
        };
    }

    private static CampaignProgressResponse response(Campaign c, boolean withSubjects) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        c.subjects().forEach(s -> counts.merge(s.campaignStatus(), 1, Integer::sum));
        return new CampaignProgressResponse(c.id(), c.name(), c.purposes(), c.kinds(), c.dueOn(), c.openedAt(),
                c.subjects().size(), counts.getOrDefault(OUTSTANDING, 0), counts.getOrDefault(COLLECTED, 0),
                counts.getOrDefault(VERIFIED, 0), counts.getOrDefault(REFUSED, 0),
                counts.getOrDefault(PURPOSE_NOT_NOTIFIED, 0), withSubjects ? List.copyOf(c.subjects()) : null);
    }

    private void requireCompany(String companyId) {
        jp.mnledger.query.ReadModelCompanies.require(jdbc, companyId);
    }
}
