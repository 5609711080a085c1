package jp.mnledger.command.identity;

import java.util.Map;
import jp.mnledger.command.lookup.AccessDirectory;
import jp.mnledger.kernel.access.AccessDecisionLog;
import jp.mnledger.kernel.access.AccessDeniedEvent;
import jp.mnledger.kernel.access.AccessPolicy;
import jp.mnledger.kernel.access.AccessRequests;
import jp.mnledger.kernel.access.AccessTarget;
import jp.mnledger.kernel.access.Decision;
import jp.mnledger.kernel.access.Permission;
import jp.mnledger.kernel.access.Principal;
import jp.mnledger.kernel.audit.AuditMetadata;
import jp.mnledger.kernel.error.DomainException;
import jp.mnledger.kernel.error.ErrorCode;
import jp.mnledger.kernel.purpose.Purpose;
import jp.mnledger.kernel.subject.RevealMyNumberCommand;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.stereotype.Component;

/**
 * Authorises every command before its handler runs, inside the command's transaction, whatever path
 * the command came by (HTTP, a scheduler, a test): the domain enforces access, not the web layer.
 * A command type without {@link jp.mnledger.kernel.access.Requires} is refused. A refusal is recorded as
 * an {@link AccessDeniedEvent} that outlives the rolled-back command; a grant stamps the deciding role
 * into the command's audit metadata, which every resulting event carries.
 */
@Component
public class CommandAuthorization implements MessageHandlerInterceptor<CommandMessage<?>> {

    private final AccessDirectory directory;
    private final AccessDecisionLog decisions;
    private final RevealRateLimiter revealLimiter;

    /** Axon's auto-configuration registers every handler-interceptor bean on the command bus (exactly once). */
    CommandAuthorization(AccessDirectory directory, AccessDecisionLog decisions, RevealRateLimiter revealLimiter) {
        this.directory = directory;
        this.decisions = decisions;
        this.revealLimiter = revealLimiter;
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        CommandMessage<?> command = unitOfWork.getMessage();
        Object payload = command.getPayload();
        Map<String, Object> metadata = command.getMetaData();
        if (isSystem(metadata)) {
            return chain.proceed();
        }
        Permission permission = AccessRequests.required(payload);
        String companyId = AccessRequests.companyId(payload);
        String subjectId = AccessRequests.subjectId(payload);
        Purpose purpose = AccessRequests.purpose(payload);
        String actor = (String) metadata.get(AuditMetadata.ACTOR);
        Decision decision = permission == null
                ? Decision.deny(AccessPolicy.NOT_PERMITTED)
                : decide(actor, permission, companyId, subjectId, purpose, AccessRequests.officeId(payload));
        if (!decision.granted()) {
            decisions.denied(new AccessDeniedEvent(actor, permission, payload.getClass().getSimpleName(), companyId,
                    subjectId, purpose == null ? null : purpose.name(), decision.reason()), metadata);
            throw new DomainException(ErrorCode.ACCESS_DENIED);
        }
        if (payload instanceof RevealMyNumberCommand && !revealLimiter.tryAcquire(actor)) {
            decisions.denied(new AccessDeniedEvent(actor, permission, payload.getClass().getSimpleName(), companyId,
                    subjectId, purpose == null ? null : purpose.name(), "RATE_LIMITED"), metadata);
            throw new DomainException(ErrorCode.REVEAL_RATE_LIMITED);
        }
        unitOfWork.transformMessage(m -> m.andMetaData(Map.of(AuditMetadata.ROLE, decision.role().name())));
        return chain.proceed();
    }

    /**
     * The same decision, recorded the same way, for an action on a company that is not one command: a
     * file of many commands, checked before it is accepted (each of its commands is still authorised here
     * when it is sent). Refused with ACCESS_DENIED and an {@link AccessDeniedEvent} naming the action.
     */
    public void require(Permission permission, String companyId, String action, Map<String, ?> auditMetadata) {
        if (isSystem(auditMetadata)) {
            return;
        }
        String actor = (String) auditMetadata.get(AuditMetadata.ACTOR);
        Decision decision = decide(actor, permission, companyId, null, null, null);
        if (!decision.granted()) {
            decisions.denied(new AccessDeniedEvent(actor, permission, action, companyId, null, null, decision.reason()),
                    auditMetadata);
            throw new DomainException(ErrorCode.ACCESS_DENIED);
        }
    }

    private static boolean isSystem(Map<String, ?> metadata) {
        return AccessRequests.SYSTEM_ACTOR.equals(metadata.get(AuditMetadata.ACTOR))
                && AccessRequests.SYSTEM_ROLE.equals(metadata.get(AuditMetadata.ROLE));
    }

    private Decision decide(String actor, Permission permission, String companyId, String subjectId, Purpose purpose,
                            String officeId) {
        Principal principal = actor == null ? null : directory.principal(actor);
        AccessTarget target = directory.target(companyId, subjectId, purpose);
        if (target.officeOfCompany() == null && officeId != null) {
            target = new AccessTarget(companyId, officeId, subjectId, target.subjectOwnerId(), purpose);
        }
        return AccessPolicy.decide(principal, permission, target);
    }
}
