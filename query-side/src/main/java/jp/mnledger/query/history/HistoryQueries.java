package jp.mnledger.query.history;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.mnledger.kernel.access.AccessDecisionLog;
import jp.mnledger.kernel.access.AccessPolicy;
import jp.mnledger.kernel.access.Decision;
import jp.mnledger.kernel.access.Permission;
import jp.mnledger.kernel.access.PersonalDataAccessedEvent;
import jp.mnledger.kernel.access.Principal;
import jp.mnledger.kernel.audit.AuditMetadata;
import jp.mnledger.kernel.error.DomainException;
import jp.mnledger.kernel.error.ErrorCode;
import jp.mnledger.kernel.history.CompanyStateResponse;
import jp.mnledger.kernel.history.FetchAuditableStateQuery;
import jp.mnledger.kernel.history.FetchCompanyStateQuery;
import jp.mnledger.kernel.history.FetchSubjectStateQuery;
import jp.mnledger.kernel.history.SubjectStateResponse;
import jp.mnledger.query.ReadModelCompanies;
import jp.mnledger.query.access.GrantProjection;
import org.axonframework.messaging.MetaData;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Answers the reconstruction queries (ADR 0017). The company and subject scopes are authorised like every audit read
 * (VIEW_AUDIT_TRAIL in that company, recorded by the interceptor). "Everything" passes the installation-wide
 * AUDIT_LEDGER gate and is then narrowed here to the companies where the caller holds VIEW_AUDIT_TRAIL, each read
 * recorded as a granted access to that company, as the interceptor would have.
 */
@Component
class HistoryQueries {

    private final EventStreamReader reader;
    private final JdbcTemplate jdbc;
    private final GrantProjection grants;
    private final AccessDecisionLog decisions;

    HistoryQueries(EventStreamReader reader, JdbcTemplate jdbc, GrantProjection grants, AccessDecisionLog decisions) {
        this.reader = reader;
        this.jdbc = jdbc;
        this.grants = grants;
        this.decisions = decisions;
    }

    @QueryHandler
    List<CompanyStateResponse> handle(FetchCompanyStateQuery query) {
        ReadModelCompanies.require(jdbc, query.companyId());
        HistoryFold fold = reader.fold(new HistoryFold(query.asOf(), query.companyId()::equals));
        return List.of(fold.company(query.companyId()));
    }

    @QueryHandler
    List<SubjectStateResponse> handle(FetchSubjectStateQuery query) {
        ReadModelCompanies.require(jdbc, query.companyId());
        HistoryFold fold = reader.fold(new HistoryFold(query.asOf(), query.companyId()::equals));
        SubjectStateResponse subject = fold.subject(query.companyId(), query.subjectId());
        if (subject == null) {
            throw new DomainException(ErrorCode.SUBJECT_NOT_FOUND);
        }
        return List.of(subject);
    }

    @QueryHandler
    List<CompanyStateResponse> handle(FetchAuditableStateQuery query, MetaData metadata) {
        String actor = (String) metadata.get(AuditMetadata.ACTOR);
        Principal principal = grants.principal(actor);
        Map<String, Decision> auditable = new LinkedHashMap<>();
        for (String company : jdbc.queryForList(
                "SELECT company_id FROM read_model.company ORDER BY created_at, company_id", String.class)) {
            Decision decision = AccessPolicy.decide(principal, Permission.VIEW_AUDIT_TRAIL, grants.target(company, null));
            if (decision.granted()) {
                auditable.put(company, decision);
            }
        }
        auditable.forEach((company, decision) -> {
            Map<String, Object> withTenant = new HashMap<>(metadata);
            withTenant.put(AuditMetadata.TENANT, company);
            decisions.granted(new PersonalDataAccessedEvent(actor, Permission.VIEW_AUDIT_TRAIL,
                    FetchAuditableStateQuery.class.getSimpleName(), company, null, decision.role()), withTenant);
        });
        HistoryFold fold = reader.fold(new HistoryFold(query.asOf(), auditable::containsKey));
        return auditable.keySet().stream().map(fold::company).toList();
    }
}
