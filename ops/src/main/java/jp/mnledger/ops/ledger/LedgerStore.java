package jp.mnledger.ops.ledger;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import jp.mnledger.kernel.ledger.LedgerLeaf;
import jp.mnledger.kernel.ledger.LedgerPublicKeyResponse;
import jp.mnledger.kernel.ledger.SignedTreeHead;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

/** The ledger's tables (schema {@code ledger}, V13) through the server's JDBC template. */
@Component
public class LedgerStore {

    private final JdbcTemplate jdbc;

    LedgerStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Appends the stored event as the next leaf, in the caller's transaction (the ledger processor's, which
     * also advances its token). An event that already has a leaf keeps it: a replay adds nothing.
     *
     * @return whether a leaf was added
     */
    boolean appendLeaf(String eventIdentifier) {
        List<LedgerLeaf> rows = jdbc.query("SELECT " + EventRows.columns("") + " FROM axon.domainevententry WHERE eventidentifier = ?",
                (rs, i) -> EventRows.leaf(rs, 1), eventIdentifier);
        if (rows.isEmpty()) {
            // Every message the processor sees comes from the store; one that is not there must not be skipped.
            throw new IllegalStateException("the event " + eventIdentifier + " is not in the event store");
        }
        LedgerLeaf leaf = rows.get(0);
        return jdbc.update("""
                INSERT INTO ledger.leaf (leaf_index, event_identifier, global_index, leaf_hash)
                SELECT coalesce(max(leaf_index) + 1, 0), ?, ?, ? FROM ledger.leaf
                ON CONFLICT (event_identifier) DO NOTHING""",
                leaf.eventIdentifier(), leaf.globalIndex(), leaf.leafHash()) == 1;
    }

    /** Calls back with each leaf hash from {@code fromIndex} on, in leaf order. */
    void leafHashesFrom(long fromIndex, LeafHashConsumer consumer) {
        jdbc.query("SELECT leaf_index, leaf_hash FROM ledger.leaf WHERE leaf_index >= ? ORDER BY leaf_index",
                (RowCallbackHandler) rs -> consumer.accept(rs.getLong(1), rs.getBytes(2)), fromIndex);
    }

    /** Receives leaf hashes in order. */
    @FunctionalInterface
    interface LeafHashConsumer {
        void accept(long leafIndex, byte[] leafHash);
    }

    public long leafCount() {
        Long count = jdbc.queryForObject("SELECT coalesce(max(leaf_index) + 1, 0) FROM ledger.leaf", Long.class);
        return count == null ? 0 : count;
    }

    /** The newest head: the largest tree, the latest signature among equals. */
    public Optional<SignedTreeHead> latestHead() {
        return jdbc.query("""
                SELECT tree_size, root_hash, signed_at, key_id, signature FROM ledger.tree_head
                ORDER BY tree_size DESC, signed_at DESC, head_id DESC LIMIT 1""",
                (rs, i) -> new SignedTreeHead(rs.getLong(1), rs.getBytes(2), rs.getTimestamp(3).toInstant(), rs.getString(4),
                        rs.getBytes(5))).stream().findFirst();
    }

    void insertHead(SignedTreeHead head) {
        jdbc.update("INSERT INTO ledger.tree_head (tree_size, root_hash, signed_at, key_id, signature) VALUES (?, ?, ?, ?, ?)",
                head.treeSize(), head.rootHash(), Timestamp.from(head.timestamp()), head.keyId(), head.signature());
    }

    /** Records a signing key's public half (once) and retires every other key still marked current. */
    void registerCurrentKey(LedgerSigningKeys.SigningKey key, Instant now) {
        jdbc.update("""
                INSERT INTO ledger.signing_key (key_id, algorithm, public_key, created_at) VALUES (?, ?, ?, ?)
                ON CONFLICT (key_id) DO NOTHING""",
                key.keyId(), Ed25519.ALGORITHM, key.publicKey(), Timestamp.from(key.createdAt()));
        jdbc.update("UPDATE ledger.signing_key SET retired_at = ? WHERE key_id <> ? AND retired_at IS NULL",
                Timestamp.from(now), key.keyId());
    }

    public List<LedgerPublicKeyResponse> publicKeys() {
        return jdbc.query("SELECT key_id, algorithm, public_key, created_at, retired_at FROM ledger.signing_key ORDER BY created_at, key_id",
                (rs, i) -> JdbcLedgerReader.publicKey(rs));
    }
}
