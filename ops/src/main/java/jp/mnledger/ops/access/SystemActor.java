package jp.mnledger.ops.access;

import java.time.Clock;
import java.util.UUID;
import jp.mnledger.kernel.access.AccessRequests;
import jp.mnledger.kernel.audit.AuditMetadata;
import org.axonframework.messaging.MetaData;

/** The audit metadata of what the server does by itself (bootstrap, demo data): actor "system", role SYSTEM. */
public final class SystemActor {

    private SystemActor() {
    }

    public static AuditMetadata metadata(Clock clock, String tenant) {
        return new AuditMetadata(AccessRequests.SYSTEM_ACTOR, AccessRequests.SYSTEM_ROLE, null, "127.0.0.1", "mnledger",
                UUID.randomUUID().toString(), tenant, clock.instant());
    }

    public static MetaData of(Clock clock, String tenant) {
        return MetaData.from(metadata(clock, tenant).toMap());
    }

    /** A user acting themself (the demo's pledges are signed by their signers). */
    static MetaData as(String userId, Clock clock, String tenant) {
        return MetaData.from(metadata(clock, tenant).withActor(userId).toMap())
                .and(AuditMetadata.ROLE, AuditMetadata.UNDECIDED_ROLE);
    }
}
