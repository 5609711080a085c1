package jp.mnledger.kernel.ledger;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A signed tree head: the ledger's statement, signed with Ed25519, that its tree of {@code treeSize} leaves
 * has {@code rootHash}, at {@code timestamp} (millisecond precision).
 *
 * <p>What is signed ({@link #signingInput()}, docs/evidence-bundle.md §5): the 15 ASCII bytes
 * {@code mnledger-sth-v1}, the tree size (8 bytes, big-endian), the timestamp in milliseconds since
 * 1970-01-01T00:00:00Z (8 bytes, big-endian), the 32-byte root hash, the key id's length (2 bytes,
 * big-endian) and the key id in UTF-8. The label keeps such a signature from meaning anything else; the
 * key id inside the signed bytes binds a head to the key that made it.
 *
 * @param keyId     which signing key made the signature (its public key is in the exported key list)
 * @param signature the 64-byte Ed25519 signature over the signing input
 */
public record SignedTreeHead(long treeSize, byte[] rootHash, Instant timestamp, String keyId, byte[] signature) {

    static final byte[] LABEL = "mnledger-sth-v1".getBytes(StandardCharsets.US_ASCII);

    public SignedTreeHead {
        if (treeSize < 0) {
            throw new IllegalArgumentException("a tree size is not negative");
        }
        if (!MerkleHash.wellFormed(rootHash)) {
            throw new IllegalArgumentException("a root hash has 32 bytes");
        }
        Objects.requireNonNull(keyId, "keyId");
        Objects.requireNonNull(signature, "signature");
        timestamp = Objects.requireNonNull(timestamp, "timestamp").truncatedTo(ChronoUnit.MILLIS);
        rootHash = rootHash.clone();
        signature = signature.clone();
    }

    /** The bytes the signature is over. */
    public byte[] signingInput() {
        return signingInput(treeSize, rootHash, timestamp, keyId);
    }

    /** The bytes a signer signs for a head with these values. */
    public static byte[] signingInput(long treeSize, byte[] rootHash, Instant timestamp, String keyId) {
        byte[] key = keyId.getBytes(StandardCharsets.UTF_8);
        if (key.length > 0xFFFF || !MerkleHash.wellFormed(rootHash)) {
            throw new IllegalArgumentException("not a tree head");
        }
        return ByteBuffer.allocate(LABEL.length + 8 + 8 + MerkleHash.SIZE + 2 + key.length)
                .put(LABEL)
                .putLong(treeSize)
                .putLong(timestamp.toEpochMilli())
                .put(rootHash)
                .putShort((short) key.length)
                .put(key)
                .array();
    }

    @Override
    public byte[] rootHash() {
        return rootHash.clone();
    }

    @Override
    public byte[] signature() {
        return signature.clone();
    }

    /** Same size and same root: the same tree (whoever signed it, whenever). */
    public boolean sameTreeAs(SignedTreeHead other) {
        return treeSize == other.treeSize && java.security.MessageDigest.isEqual(rootHash, other.rootHash);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SignedTreeHead h && sameTreeAs(h) && timestamp.equals(h.timestamp) && keyId.equals(h.keyId)
                && java.util.Arrays.equals(signature, h.signature);
    }

    @Override
    public int hashCode() {
        return Objects.hash(treeSize, java.util.Arrays.hashCode(rootHash), timestamp, keyId);
    }

    @Override
    public String toString() {
        return "SignedTreeHead[size " + treeSize + ", root " + java.util.HexFormat.of().formatHex(rootHash)
                + ", " + timestamp + ", " + keyId + "]";
    }
}
