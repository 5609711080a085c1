package jp.mnledger.ops.bench;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import jp.mnledger.command.company.AppointmentOutcome;
import jp.mnledger.kernel.access.AccessRequests;
import jp.mnledger.kernel.access.Role;
import jp.mnledger.kernel.audit.AuditMetadata;
import jp.mnledger.kernel.company.CreateCompanyCommand;
import jp.mnledger.kernel.company.DeclarePurposesCommand;
import jp.mnledger.kernel.identity.AppointHandlerCommand;
import jp.mnledger.kernel.identity.CreateUserAccountCommand;
import jp.mnledger.kernel.identity.GrantRoleCommand;
import jp.mnledger.kernel.identity.PublishHandlingRulesCommand;
import jp.mnledger.kernel.identity.RecordTrainingCompletedCommand;
import jp.mnledger.kernel.identity.SignPledgeCommand;
import jp.mnledger.kernel.purpose.Purpose;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;

/**
 * The benchmark's company (with its declared purposes of use) and the user who acquires numbers in it.
 * With {@code handler} (the default) the user is what an HTTP request would carry after login: a payroll
 * clerk of the company, trained, pledged and appointed handler for the purposes, so every acquire goes
 * through the command side's authorisation interceptor and its directory look-ups. With {@code system}
 * the commands carry the server's own actor, which the interceptor lets through unchecked (a diagnostic,
 * to price authorisation). The set-up commands themselves carry the system actor.
 */
final class BenchTenant {

    static final Set<Purpose> PURPOSES = Set.of(Purpose.WITHHOLDING_TAX, Purpose.SOCIAL_INSURANCE);
    /** The role an HTTP request carries until the authorisation interceptor stamps the deciding one. */
    private static final String UNDECIDED_ROLE = "UNDECIDED";

    private final String companyId;
    private final String actor;
    private final String role;

    private BenchTenant(String companyId, String actor, String role) {
        this.companyId = companyId;
        this.actor = actor;
        this.role = role;
    }

    static BenchTenant create(CommandGateway gateway, String actorMode) {
        String companyId = UUID.randomUUID().toString();
        gateway.sendAndWait(new CreateCompanyCommand(companyId, "ベンチマーク株式会社", null, null), system(companyId));
        // The purposes of use the company declared (利用目的); an acquire may notify only those.
        gateway.sendAndWait(new DeclarePurposesCommand(companyId, PURPOSES), system(companyId));
        if ("system".equals(actorMode)) {
            return new BenchTenant(companyId, AccessRequests.SYSTEM_ACTOR, AccessRequests.SYSTEM_ROLE);
        }
        if (!"handler".equals(actorMode)) {
            throw new IllegalArgumentException("bench.actor must be handler or system, not " + actorMode);
        }
        String userId = UUID.randomUUID().toString();
        gateway.sendAndWait(new CreateUserAccountCommand(userId, "bench-" + userId.substring(0, 8)), system(null));
        gateway.sendAndWait(new GrantRoleCommand(userId, Role.PAYROLL, null, companyId, null), system(companyId));
        gateway.sendAndWait(new PublishHandlingRulesCommand(companyId, "特定個人情報等取扱規程"), system(companyId));
        gateway.sendAndWait(new RecordTrainingCompletedCommand(companyId, userId), system(companyId));
        BenchTenant tenant = new BenchTenant(companyId, userId, UNDECIDED_ROLE);
        gateway.sendAndWait(new SignPledgeCommand(companyId), tenant.metaData());
        Object outcome = gateway.sendAndWait(new AppointHandlerCommand(companyId, userId, PURPOSES), system(companyId));
        if (!(outcome instanceof AppointmentOutcome appointment) || !appointment.appointed()) {
            throw new IllegalStateException("the benchmark's handler was not appointed: " + outcome);
        }
        return tenant;
    }

    String companyId() {
        return companyId;
    }

    String actor() {
        return actor;
    }

    /** The audit metadata of one request by this tenant's user, with a fresh request id (AuditMetadataResolver). */
    MetaData metaData() {
        return metaData(actor, role, companyId);
    }

    static MetaData system(String companyId) {
        return metaData(AccessRequests.SYSTEM_ACTOR, AccessRequests.SYSTEM_ROLE, companyId);
    }

    private static MetaData metaData(String actor, String role, String companyId) {
        return MetaData.from(new AuditMetadata(actor, role, null, "127.0.0.1", "mnledger-bench/1.0",
                UUID.randomUUID().toString(), companyId, Instant.now()).toMap());
    }
}
