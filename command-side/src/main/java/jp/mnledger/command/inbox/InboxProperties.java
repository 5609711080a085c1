package jp.mnledger.command.inbox;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * {@code mnledger.inbox.*}: how long an unverified ID-document image may wait before it is purged, how
 * often the sweep looks, and the largest image accepted.
 *
 * @param retention     images older than this are purged (EXPIRED); default 7 days
 * @param sweepInterval pause between two sweeps; default 10 minutes
 * @param maxImageBytes the largest image accepted (bytes, or e.g. {@code 10MB}); default 10 MiB (Spring counts 1MB as 1,048,576 bytes)
 */
@ConfigurationProperties(prefix = "mnledger.inbox")
public record InboxProperties(Duration retention, Duration sweepInterval, DataSize maxImageBytes) {

    public InboxProperties {
        if (retention == null || retention.isNegative() || retention.isZero()) {
            retention = Duration.ofDays(7);
        }
        if (sweepInterval == null || sweepInterval.isNegative() || sweepInterval.isZero()) {
            sweepInterval = Duration.ofMinutes(10);
        }
        if (maxImageBytes == null || maxImageBytes.toBytes() <= 0) {
            maxImageBytes = DataSize.ofMegabytes(10);
        }
    }
}
