package jp.mnledger.ops.ledger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import javax.sql.DataSource;
import jp.mnledger.ops.ledger.bundle.EvidenceBundleWriter;
import org.springframework.stereotype.Component;

/**
 * Writes evidence bundles from the running server's database: first a fresh signed head, so the bundle
 * covers every leaf recorded so far, then everything in one read-only snapshot. The evidence export (the
 * later HTTP endpoint) is meant to call this; the command-line {@code export} uses the same writer over its
 * own read-only connection, anchored to the newest head already stored.
 */
@Component
public class BundleWriter {

    private final DataSource dataSource;
    private final TreeHeadSigner signer;
    private final Clock clock;

    BundleWriter(DataSource dataSource, TreeHeadSigner signer, Clock clock) {
        this.dataSource = dataSource;
        this.signer = signer;
        this.clock = clock;
    }

    /**
     * @param out       a new directory, or a new file ending in {@code .zip}
     * @param companyId null for everything (every leaf); else that company's events with inclusion proofs
     */
    public EvidenceBundleWriter.Summary write(Path out, String companyId) {
        signer.signNow();
        try (Connection connection = dataSource.getConnection()) {
            try {
                return EvidenceBundleWriter.write(JdbcLedgerReader.readOnly(connection), out, companyId, clock.instant());
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
