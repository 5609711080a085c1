package jp.mnledger.ops.axon;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code mnledger.event-store.*}: how long and how far the event processors wait for an event whose
 * global index was taken by a transaction that has not committed yet (ADR 0011). A CSV import writes up to
 * two events per line in one transaction while other commands commit around it; the processors must keep
 * waiting for all of its events, or they would skip them and the views would miss subjects for good.
 *
 * @param maxGapOffset how many global indexes behind its position a processor still waits for (Axon's default
 *                     10,000; here 20,000: the 10,000 events of the largest import allowed plus the traffic
 *                     around it, and far below PostgreSQL's 65,535 bind parameters, because Axon asks for every
 *                     awaited index by name)
 * @param gapTimeout   how long an index is waited for (Axon's default 60 s; here 10 minutes, five times the
 *                     default limit of an import transaction)
 */
@ConfigurationProperties(prefix = "mnledger.event-store")
public record EventStoreProperties(int maxGapOffset, Duration gapTimeout) {

    static final int DEFAULT_MAX_GAP_OFFSET = 20_000;
    static final Duration DEFAULT_GAP_TIMEOUT = Duration.ofMinutes(10);

    public EventStoreProperties {
        if (maxGapOffset <= 0) {
            maxGapOffset = DEFAULT_MAX_GAP_OFFSET;
        }
        if (gapTimeout == null || gapTimeout.isZero() || gapTimeout.isNegative()) {
            gapTimeout = DEFAULT_GAP_TIMEOUT;
        }
    }
}
