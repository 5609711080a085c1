package jp.mnledger.ops.ledger.verify;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Properties;
import jp.mnledger.kernel.ledger.LedgerPublicKeyResponse;
import jp.mnledger.kernel.ledger.SignedTreeHead;
import jp.mnledger.kernel.ledger.TreeHeadResponse;
import jp.mnledger.ops.DatabaseUrls;
import jp.mnledger.ops.ledger.JdbcLedgerReader;
import jp.mnledger.ops.ledger.bundle.EventCursor;
import jp.mnledger.ops.ledger.bundle.EvidenceBundle;
import jp.mnledger.ops.ledger.bundle.LeafHashCursor;

/**
 * The live database as a full-scope source, through one read-only, repeatable-read transaction: the
 * events recomputed from {@code axon.domainevententry}, the recorded leaves of {@code ledger.leaf} up to the
 * newest signed head, the heads and the public keys. Nothing is written; the transaction is rolled back.
 */
public final class DatabaseSource implements EvidenceSource {

    private final Connection connection;
    private final JdbcLedgerReader reader;
    private final String url;
    private final long anchorSize;
    private final long newerLeaves;

    private DatabaseSource(Connection connection, String url) throws IOException, SQLException {
        this.connection = connection;
        this.url = url;
        this.reader = JdbcLedgerReader.readOnly(connection);
        this.anchorSize = reader.latestHead().map(SignedTreeHead::treeSize).orElse(0L);
        try (var statement = connection.createStatement();
             var rs = statement.executeQuery("SELECT coalesce(max(leaf_index) + 1, 0) FROM ledger.leaf")) {
            rs.next();
            this.newerLeaves = Math.max(0, rs.getLong(1) - anchorSize);
        }
    }

    /** Connects with the PostgreSQL driver; the password may be null (trust or peer authentication). */
    public static DatabaseSource connect(String url, String user, String password) throws IOException {
        Properties properties = new Properties();
        if (user != null) {
            properties.setProperty("user", user);
        }
        if (password != null) {
            properties.setProperty("password", password);
        }
        properties.setProperty("readOnly", "true");
        properties.setProperty("ApplicationName", "mnledger verify");
        try {
            Connection connection = DriverManager.getConnection(url, properties);
            try {
                return new DatabaseSource(connection, url);
            } catch (IOException | SQLException | RuntimeException e) {
                connection.close();
                throw e;
            }
        } catch (SQLException e) {
            throw new IOException("cannot read the database " + DatabaseUrls.redact(url) + ": " + e.getSQLState(), e);
        }
    }

    @Override
    public String description() {
        return "database " + DatabaseUrls.redact(url) + " (read only)";
    }

    /** Leaves recorded after the newest signed head: not covered by any signature yet, so not verified. */
    public long leavesNewerThanTheAnchor() {
        return newerLeaves;
    }

    @Override
    public boolean fullScope() {
        return true;
    }

    @Override
    public String companyId() {
        return null;
    }

    @Override
    public long anchorSize() {
        return anchorSize;
    }

    @Override
    public Long declaredEventCount() {
        return null;
    }

    @Override
    public List<TreeHeadResponse> heads() throws IOException {
        return reader.heads(anchorSize).stream().map(TreeHeadResponse::of).toList();
    }

    @Override
    public List<LedgerPublicKeyResponse> publicKeys() throws IOException {
        return reader.publicKeys();
    }

    @Override
    public List<EvidenceBundle.ConsistencyProof> consistencyProofs() {
        return Collections.emptyList();
    }

    @Override
    public EventCursor events() throws IOException {
        return reader.events(anchorSize, jp.mnledger.ops.ledger.bundle.EvidenceSelection.everything());
    }

    @Override
    public LeafHashCursor recordedLeafHashes() throws IOException {
        return reader.leafHashes(anchorSize);
    }

    @Override
    public Iterator<EvidenceBundle.InclusionProof> inclusionProofs() {
        return Collections.emptyIterator();
    }

    @Override
    public void close() throws IOException {
        try {
            connection.rollback();
            connection.close();
        } catch (SQLException e) {
            throw new IOException(e);
        }
    }
}
