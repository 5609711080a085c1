package jp.mnledger.command.importing;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code mnledger.import.*}: the limits of a CSV import of data subjects (ADR 0011).
 *
 * @param maxBytes           the largest file accepted (default 5 MiB); larger is refused with 413
 * @param maxRows            the most data lines in one file (default 2,000; at most {@value #MAX_ROWS_LIMIT}). One
 *                           import is one transaction; when other users commit meanwhile, the event processors
 *                           catch up on all of its events at once, with memory that grows with the square of
 *                           their number (measured: 0.5 GiB at 2,000 lines, 2 GiB at 5,000, out of memory at
 *                           10,000; ADR 0011)
 * @param concurrency        imports run at the same time (default 1); more wait in line
 * @param maxWaiting         imports that may wait in line (default 10); beyond that, 503 IMPORT_BUSY
 * @param transactionTimeout how long one import's transaction may run (default 2 minutes); longer is
 *                           rolled back as IMPORT_TIMED_OUT. Keep it well below
 *                           {@code mnledger.event-store.gap-timeout}
 */
@ConfigurationProperties(prefix = "mnledger.import")
public record SubjectImportProperties(@DefaultValue("5MB") DataSize maxBytes, @DefaultValue("2000") int maxRows,
                                      @DefaultValue("1") int concurrency, @DefaultValue("10") int maxWaiting,
                                      @DefaultValue("2m") Duration transactionTimeout) {

    public static final int MAX_ROWS_LIMIT = 5_000;

    public SubjectImportProperties {
        if (maxBytes == null) {
            maxBytes = DataSize.ofMegabytes(5);
        }
        if (maxRows <= 0) {
            maxRows = 2_000;
        }
        if (maxRows > MAX_ROWS_LIMIT) {
            throw new IllegalArgumentException("mnledger.import.max-rows may be at most " + MAX_ROWS_LIMIT);
        }
        if (concurrency <= 0) {
            concurrency = 1;
        }
        if (maxWaiting < 0) {
            maxWaiting = 0;
        }
        if (transactionTimeout == null || transactionTimeout.isZero() || transactionTimeout.isNegative()) {
            transactionTimeout = Duration.ofMinutes(2);
        }
    }

    /** Events one import may write at most: a registration and an employment start per line. */
    public long maxEventsPerImport() {
        return 2L * maxRows;
    }
}
