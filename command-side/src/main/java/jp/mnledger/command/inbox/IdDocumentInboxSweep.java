package jp.mnledger.command.inbox;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import jp.mnledger.kernel.access.AccessRequests;
import jp.mnledger.kernel.audit.AuditMetadata;
import jp.mnledger.kernel.error.DomainException;
import jp.mnledger.kernel.inbox.IdDocumentImagePurgeReason;
import jp.mnledger.kernel.inbox.PurgeIdDocumentImagesCommand;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Purges the ID-document images that waited longer than {@code mnledger.inbox.retention} for 本人確認: one
 * {@link PurgeIdDocumentImagesCommand} (EXPIRED) per subject, sent as the server itself (actor "system"),
 * so each purge is an event on the subject's stream. Runs every {@code mnledger.inbox.sweep-interval};
 * a failure for one subject is logged (class and code only) and retried at the next sweep.
 */
public class IdDocumentInboxSweep {

    private static final Logger LOG = LoggerFactory.getLogger(IdDocumentInboxSweep.class);

    private final JdbcIdDocumentInbox inbox;
    private final CommandGateway commands;
    private final Clock clock;
    private final InboxProperties properties;

    IdDocumentInboxSweep(JdbcIdDocumentInbox inbox, CommandGateway commands, Clock clock, InboxProperties properties) {
        this.inbox = inbox;
        this.commands = commands;
        this.clock = clock;
        this.properties = properties;
    }

    /** One sweep with the configured limit; answers how many images it purged. */
    public int sweep() {
        return purgeReceivedBefore(clock.instant().minus(properties.retention()));
    }

    /** Purges every image received before the cut-off; answers how many it purged. */
    public int purgeReceivedBefore(Instant cutoff) {
        int purged = 0;
        int failed = 0;
        for (JdbcIdDocumentInbox.Expired expired : inbox.receivedBefore(cutoff)) {
            try {
                Object result = commands.sendAndWait(new PurgeIdDocumentImagesCommand(expired.subjectId(), expired.companyId(),
                        expired.imageIds(), IdDocumentImagePurgeReason.EXPIRED), systemMetadata(expired.companyId()));
                purged += result instanceof Integer count ? count : 0;
            } catch (RuntimeException e) {
                failed++;
                LOG.warn("Could not purge the expired ID-document images of subject {}: {}{}", expired.subjectId(),
                        e.getClass().getName(), e instanceof DomainException domain ? " " + domain.code() : "");
            }
        }
        if (purged > 0 || failed > 0) {
            LOG.info("Inbox sweep: purged {} expired ID-document image(s); {} subject(s) failed", purged, failed);
        }
        return purged;
    }

    /** What the server does by itself carries actor "system" and role SYSTEM (as the ops module's SystemActor). */
    private MetaData systemMetadata(String tenant) {
        return MetaData.from(new AuditMetadata(AccessRequests.SYSTEM_ACTOR, AccessRequests.SYSTEM_ROLE, null, "127.0.0.1",
                "mnledger", UUID.randomUUID().toString(), tenant, clock.instant()).toMap());
    }
}
