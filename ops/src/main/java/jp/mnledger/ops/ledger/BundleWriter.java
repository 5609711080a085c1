package jp.mnledger.ops.ledger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;
import jp.mnledger.kernel.error.DomainException;
import jp.mnledger.kernel.error.ErrorCode;
import jp.mnledger.kernel.ledger.SignedTreeHead;
import jp.mnledger.ops.ledger.bundle.EvidenceBundleWriter;
import jp.mnledger.ops.ledger.bundle.EvidenceSelection;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes evidence bundles from the running server's database, anchored to a fresh signed head: first the
 * ledger processor catches up with every event stored so far, then a head is signed over every leaf, then
 * everything is read in one read-only snapshot. The evidence export endpoint calls {@link #export}; the
 * command-line {@code export} uses the same {@link EvidenceExport} over its own read-only connection, anchored
 * to the newest head already stored.
 */
@Component
public class BundleWriter {

    /** How long an export waits for the ledger processor to record the events stored before it. */
    static final Duration CATCH_UP_TIMEOUT = Duration.ofSeconds(15);

    private final DataSource dataSource;
    private final TreeHeadSigner signer;
    private final Clock clock;
    private final JdbcTemplate jdbc;
    private final EventProcessingConfiguration processing;

    BundleWriter(DataSource dataSource, TreeHeadSigner signer, Clock clock, JdbcTemplate jdbc,
                 EventProcessingConfiguration processing) {
        this.dataSource = dataSource;
        this.signer = signer;
        this.clock = clock;
        this.jdbc = jdbc;
        this.processing = processing;
    }

    /**
     * @param out       a new directory, or a new file ending in {@code .zip}
     * @param companyId null for everything (every leaf); else that company's events with inclusion proofs
     */
    public EvidenceBundleWriter.Summary write(Path out, String companyId) {
        SignedTreeHead head = freshHead();
        return inSnapshot(reader -> EvidenceBundleWriter.write(reader, out, companyId == null ? EvidenceSelection.everything()
                : EvidenceSelection.company(companyId), head, clock.instant(), null));
    }

    /**
     * An export of the selection, anchored to a fresh head that covers every event stored before the call:
     * see {@link EvidenceExport#write}.
     *
     * @throws DomainException LEDGER_NOT_CAUGHT_UP if the ledger processor lags too far behind
     */
    public EvidenceBundleWriter.Summary export(EvidenceSelection selection, String exportId,
                                               EvidenceExport.BeforeWriting beforeWriting) {
        SignedTreeHead head = freshHead();
        Instant now = clock.instant();
        return inSnapshot(reader -> EvidenceExport.write(reader, head, selection, exportId, now, true, beforeWriting));
    }

    /** Waits until the ledger has seen every event stored now, then signs a head over every leaf. */
    SignedTreeHead freshHead() {
        Long newest = jdbc.queryForObject("SELECT max(globalindex) FROM axon.domainevententry", Long.class);
        if (newest != null) {
            awaitLedger(newest);
        }
        return signer.signNow();
    }

    private void awaitLedger(long globalIndex) {
        TrackingEventProcessor processor = processing.eventProcessorByProcessingGroup(LedgerProcessor.PROCESSING_GROUP,
                TrackingEventProcessor.class).orElseThrow(() -> new IllegalStateException("no ledger processor"));
        long deadline = System.nanoTime() + CATCH_UP_TIMEOUT.toNanos();
        while (!caughtUp(processor, globalIndex)) {
            if (System.nanoTime() > deadline) {
                throw new DomainException(ErrorCode.LEDGER_NOT_CAUGHT_UP);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new DomainException(ErrorCode.LEDGER_NOT_CAUGHT_UP);
            }
        }
    }

    private static boolean caughtUp(TrackingEventProcessor processor, long globalIndex) {
        var status = processor.processingStatus().values();
        return !status.isEmpty() && status.stream().allMatch(s -> !s.isErrorState()
                && s.getCurrentPosition().orElse(-1) >= globalIndex);
    }

    private interface SnapshotWork<T> {
        T run(JdbcLedgerReader reader) throws IOException;
    }

    private <T> T inSnapshot(SnapshotWork<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            try {
                return work.run(JdbcLedgerReader.readOnly(connection));
            } finally {
                connection.rollback();
                connection.setReadOnly(false);
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the ledger for an evidence bundle", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
