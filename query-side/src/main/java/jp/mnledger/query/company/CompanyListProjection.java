package jp.mnledger.query.company;

import java.time.Instant;
import java.util.List;
import jp.mnledger.kernel.purpose.Purpose;
import jp.mnledger.kernel.access.AccessPolicy;
import jp.mnledger.kernel.access.Permission;
import jp.mnledger.kernel.access.Principal;
import jp.mnledger.kernel.audit.AuditMetadata;
import jp.mnledger.kernel.company.CompanyCreatedEvent;
import jp.mnledger.kernel.company.PurposesDeclaredEvent;
import jp.mnledger.kernel.company.CompanySummaryResponse;
import jp.mnledger.kernel.company.FetchCompaniesQuery;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import jp.mnledger.query.access.GrantProjection;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Companies in the order they were registered. Idempotent, so a replay rebuilds the same table. */
@Component
@ProcessingGroup("company-list")
class CompanyListProjection {

    private final JdbcTemplate jdbc;
    private final GrantProjection grants;

    CompanyListProjection(JdbcTemplate jdbc, GrantProjection grants) {
        this.jdbc = jdbc;
        this.grants = grants;
    }

    @EventHandler
    void on(CompanyCreatedEvent event, @org.axonframework.eventhandling.Timestamp Instant occurredAt) {
        jdbc.update("""
                INSERT INTO read_model.company (company_id, name, corporate_number, created_at)
                VALUES (?, ?, ?, ?) ON CONFLICT (company_id) DO NOTHING""",
                event.companyId(), event.name(), event.corporateNumber(), java.sql.Timestamp.from(occurredAt));
    }

    @EventHandler
    void on(PurposesDeclaredEvent event) {
        jdbc.update("UPDATE read_model.company SET declared_purposes = ? WHERE company_id = ?",
                Purpose.toCsv(event.purposes()), event.companyId());
    }

    @ResetHandler
    void reset() {
        jdbc.update("TRUNCATE read_model.company");
    }

    /** Only the companies the caller may see: the policy decides per company, on this side's grants. */
    @QueryHandler
    List<CompanySummaryResponse> handle(FetchCompaniesQuery query, @MetaDataValue(AuditMetadata.ACTOR) String actor) {
        Principal principal = grants.principal(actor);
        return jdbc.query("SELECT company_id, name, corporate_number, created_at FROM read_model.company ORDER BY created_at, company_id",
                        (rs, i) -> new CompanySummaryResponse(rs.getString(1), rs.getString(2), rs.getString(3),
                                rs.getTimestamp(4).toInstant()))
                .stream()
                .filter(c -> AccessPolicy.decide(principal, Permission.VIEW_COMPANY, grants.target(c.id(), null)).granted())
                .toList();
    }
}
