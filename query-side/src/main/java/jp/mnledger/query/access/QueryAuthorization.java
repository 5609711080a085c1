package jp.mnledger.query.access;

import java.util.Map;
import jp.mnledger.kernel.access.AccessDecisionLog;
import jp.mnledger.kernel.access.AccessDeniedEvent;
import jp.mnledger.kernel.access.AccessPolicy;
import jp.mnledger.kernel.access.AccessRequests;
import jp.mnledger.kernel.access.Decision;
import jp.mnledger.kernel.access.Permission;
import jp.mnledger.kernel.access.PersonalDataAccessedEvent;
import jp.mnledger.kernel.access.Principal;
import jp.mnledger.kernel.audit.AuditMetadata;
import jp.mnledger.kernel.error.DomainException;
import jp.mnledger.kernel.error.ErrorCode;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.queryhandling.QueryMessage;
import org.springframework.stereotype.Component;

/**
 * Authorises every query before its handler runs, whatever path it came by. A query type without
 * {@link jp.mnledger.kernel.access.Requires} is refused. Refusals and granted reads of personal data
 * (masked lists, histories) are recorded as events.
 */
@Component
public class QueryAuthorization implements MessageHandlerInterceptor<QueryMessage<?, ?>> {

    private final GrantProjection grants;
    private final AccessDecisionLog decisions;

    /** Axon's auto-configuration registers every handler-interceptor bean on the query bus (exactly once). */
    QueryAuthorization(GrantProjection grants, AccessDecisionLog decisions) {
        this.grants = grants;
        this.decisions = decisions;
    }

    @Override
    public Object handle(UnitOfWork<? extends QueryMessage<?, ?>> unitOfWork, InterceptorChain chain) throws Exception {
        QueryMessage<?, ?> query = unitOfWork.getMessage();
        Object payload = query.getPayload();
        Map<String, Object> metadata = query.getMetaData();
        String actor = (String) metadata.get(AuditMetadata.ACTOR);
        if (AccessRequests.SYSTEM_ACTOR.equals(actor) && AccessRequests.SYSTEM_ROLE.equals(metadata.get(AuditMetadata.ROLE))) {
            // The server itself (the retention sweep): never an HTTP caller, whose actor is their user id.
            return chain.proceed();
        }
        Permission permission = AccessRequests.required(payload);
        String companyId = AccessRequests.companyId(payload);
        String subjectId = AccessRequests.subjectId(payload);
        Principal principal = actor == null || actor.equals("anonymous") ? null : grants.principal(actor);
        Decision decision = permission == null
                ? Decision.deny(AccessPolicy.NOT_PERMITTED)
                : AccessPolicy.decide(principal, permission, grants.target(companyId, subjectId));
        if (!decision.granted()) {
            decisions.denied(new AccessDeniedEvent(actor, permission, payload.getClass().getSimpleName(), companyId,
                    subjectId, null, decision.reason()), metadata);
            throw new DomainException(ErrorCode.ACCESS_DENIED);
        }
        if (permission != Permission.AUTHENTICATED && permission != Permission.VIEW_COMPANY
                && permission != Permission.AUDIT_LEDGER) {
            decisions.granted(new PersonalDataAccessedEvent(actor, permission, payload.getClass().getSimpleName(),
                    companyId, subjectId, decision.role()), metadata);
        }
        return chain.proceed();
    }
}
