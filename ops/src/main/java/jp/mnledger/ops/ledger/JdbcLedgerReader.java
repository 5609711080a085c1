package jp.mnledger.ops.ledger;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import jp.mnledger.kernel.ledger.LedgerPublicKeyResponse;
import jp.mnledger.kernel.ledger.SignedTreeHead;
import jp.mnledger.ops.ledger.bundle.EventCursor;
import jp.mnledger.ops.ledger.bundle.EvidenceSelection;
import jp.mnledger.ops.ledger.bundle.LeafHashCursor;
import jp.mnledger.ops.ledger.bundle.LedgerData;

/**
 * The ledger as stored in PostgreSQL, read over one plain JDBC connection (no Spring: the command-line
 * export and verifier use it too). {@link #readOnly} puts the connection in a read-only, repeatable-read
 * transaction, so that every read sees one snapshot and nothing can be written through it.
 */
public final class JdbcLedgerReader implements LedgerData {

    private static final int FETCH_SIZE = 5000;
    private final Connection connection;

    public JdbcLedgerReader(Connection connection) {
        this.connection = connection;
    }

    /** Starts a read-only snapshot on the connection ({@code SET TRANSACTION ... READ ONLY}). */
    public static JdbcLedgerReader readOnly(Connection connection) throws SQLException {
        connection.setAutoCommit(false);
        connection.setReadOnly(true);
        try (var statement = connection.createStatement()) {
            statement.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
        }
        return new JdbcLedgerReader(connection);
    }

    @Override
    public Optional<SignedTreeHead> latestHead() throws IOException {
        List<SignedTreeHead> heads = queryHeads("""
                SELECT tree_size, root_hash, signed_at, key_id, signature FROM ledger.tree_head
                ORDER BY tree_size DESC, signed_at DESC, head_id DESC LIMIT 1""", Long.MAX_VALUE, false);
        return heads.stream().findFirst();
    }

    @Override
    public List<SignedTreeHead> heads(long maxTreeSize) throws IOException {
        return queryHeads("""
                SELECT tree_size, root_hash, signed_at, key_id, signature FROM ledger.tree_head
                WHERE tree_size <= ? ORDER BY tree_size, signed_at, head_id""", maxTreeSize, true);
    }

    private List<SignedTreeHead> queryHeads(String sql, long maxTreeSize, boolean bounded) throws IOException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            if (bounded) {
                statement.setLong(1, maxTreeSize);
            }
            List<SignedTreeHead> heads = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    heads.add(new SignedTreeHead(rs.getLong(1), rs.getBytes(2), rs.getTimestamp(3).toInstant(), rs.getString(4),
                            rs.getBytes(5)));
                }
            }
            return heads;
        } catch (SQLException e) {
            throw new IOException("cannot read ledger.tree_head", e);
        }
    }

    @Override
    public List<LedgerPublicKeyResponse> publicKeys() throws IOException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT key_id, algorithm, public_key, created_at, retired_at FROM ledger.signing_key ORDER BY created_at, key_id");
             ResultSet rs = statement.executeQuery()) {
            List<LedgerPublicKeyResponse> keys = new ArrayList<>();
            while (rs.next()) {
                keys.add(publicKey(rs));
            }
            return keys;
        } catch (SQLException e) {
            throw new IOException("cannot read ledger.signing_key", e);
        }
    }

    static LedgerPublicKeyResponse publicKey(ResultSet rs) throws SQLException {
        byte[] key = rs.getBytes(3);
        Timestamp retired = rs.getTimestamp(5);
        return new LedgerPublicKeyResponse(rs.getString(1), rs.getString(2), Base64.getEncoder().encodeToString(key),
                Base64.getEncoder().encodeToString(Ed25519.subjectPublicKeyInfo(key)), rs.getTimestamp(4).toInstant(),
                retired == null ? null : retired.toInstant());
    }

    @Override
    public LeafHashCursor leafHashes(long treeSize) throws IOException {
        ResultSet rs = stream("SELECT leaf_index, leaf_hash FROM ledger.leaf WHERE leaf_index < ? ORDER BY leaf_index",
                treeSize);
        return new LeafHashCursor() {
            private byte[] hash;
            private long index;

            @Override
            public boolean next() throws IOException {
                try {
                    if (!rs.next()) {
                        return false;
                    }
                    index = rs.getLong(1);
                    hash = rs.getBytes(2);
                    return true;
                } catch (SQLException e) {
                    throw new IOException("cannot read ledger.leaf", e);
                }
            }

            @Override
            public long leafIndex() {
                return index;
            }

            @Override
            public byte[] hash() {
                return hash;
            }

            @Override
            public void close() throws IOException {
                closeQuietly(rs);
            }
        };
    }

    @Override
    public EventCursor events(long treeSize, String companyId) throws IOException {
        return events(treeSize, companyId == null ? EvidenceSelection.everything() : EvidenceSelection.company(companyId));
    }

    /**
     * The selection in SQL, exactly as {@link EvidenceSelection#matches} defines it: the tenant in the metadata,
     * the subject as aggregate or in the payload, the stored timestamp text read as a time (microseconds, as the
     * server stores them) within the period.
     */
    private static String where(EvidenceSelection selection, List<Object> parameters) {
        StringBuilder sql = new StringBuilder();
        if (selection.companyId() != null) {
            sql.append(" AND convert_from(e.metadata, 'UTF8')::jsonb ->> 'tenant' = ?");
            parameters.add(selection.companyId());
        }
        if (selection.subjectId() != null) {
            sql.append(" AND (e.aggregateidentifier = ? OR convert_from(e.payload, 'UTF8')::jsonb ->> 'subjectId' = ?)");
            parameters.add(selection.subjectId());
            parameters.add(selection.subjectId());
        }
        if (selection.from() != null) {
            sql.append(" AND e.\"timestamp\"::timestamptz >= ?");
            parameters.add(java.time.OffsetDateTime.ofInstant(selection.from(), java.time.ZoneOffset.UTC));
        }
        if (selection.to() != null) {
            sql.append(" AND e.\"timestamp\"::timestamptz < ?");
            parameters.add(java.time.OffsetDateTime.ofInstant(selection.to(), java.time.ZoneOffset.UTC));
        }
        return sql.toString();
    }

    /** How many events of each payload type the selection holds among leaves 0 … treeSize − 1 (the bundle's count). */
    public java.util.Map<String, Long> eventTypeCounts(long treeSize, EvidenceSelection selection) throws IOException {
        List<Object> parameters = new ArrayList<>();
        parameters.add(treeSize);
        String sql = "SELECT e.payloadtype, count(*) FROM ledger.leaf l JOIN axon.domainevententry e"
                + " ON e.eventidentifier = l.event_identifier WHERE l.leaf_index < ?" + where(selection, parameters)
                + " GROUP BY e.payloadtype";
        java.util.Map<String, Long> counts = new java.util.TreeMap<>();
        try (ResultSet rs = stream(sql, parameters)) {
            while (rs.next()) {
                counts.put(rs.getString(1), rs.getLong(2));
            }
        } catch (SQLException e) {
            throw new IOException("cannot count the events of the ledger", e);
        }
        return counts;
    }

    @Override
    public EventCursor events(long treeSize, EvidenceSelection selection) throws IOException {
        List<Object> parameters = new ArrayList<>();
        parameters.add(treeSize);
        ResultSet rs = stream("SELECT l.leaf_index, " + EventRows.columns("e") + """
                 FROM ledger.leaf l JOIN axon.domainevententry e ON e.eventidentifier = l.event_identifier
                WHERE l.leaf_index < ?""" + where(selection, parameters) + " ORDER BY l.leaf_index", parameters);
        return new EventCursor() {
            private long index;
            private byte[] bytes;

            @Override
            public boolean next() throws IOException {
                try {
                    if (!rs.next()) {
                        return false;
                    }
                    index = rs.getLong(1);
                    bytes = EventRows.leaf(rs, 2).encode();
                    return true;
                } catch (SQLException e) {
                    throw new IOException("cannot read the events of the ledger", e);
                }
            }

            @Override
            public long leafIndex() {
                return index;
            }

            @Override
            public byte[] bytes() {
                return bytes;
            }

            @Override
            public int offset() {
                return 0;
            }

            @Override
            public int length() {
                return bytes.length;
            }

            @Override
            public void close() throws IOException {
                closeQuietly(rs);
            }
        };
    }

    private ResultSet stream(String sql, long treeSize) throws IOException {
        return stream(sql, List.of(treeSize));
    }

    private ResultSet stream(String sql, List<Object> parameters) throws IOException {
        try {
            PreparedStatement statement = connection.prepareStatement(sql);
            statement.setFetchSize(FETCH_SIZE);
            int p = 1;
            for (Object parameter : parameters) {
                statement.setObject(p++, parameter);
            }
            statement.closeOnCompletion();
            return statement.executeQuery();
        } catch (SQLException e) {
            throw new IOException("cannot read the ledger", e);
        }
    }

    private static void closeQuietly(ResultSet rs) throws IOException {
        try {
            rs.close();
        } catch (SQLException e) {
            throw new IOException(e);
        }
    }
}
