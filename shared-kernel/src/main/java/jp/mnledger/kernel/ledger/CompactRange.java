package jp.mnledger.kernel.ledger;

import java.util.ArrayList;
import java.util.List;

/**
 * The root of a growing tree in O(log n) memory: the roots of the perfect subtrees that make up the
 * leaves so far, one per set bit of the size, largest (leftmost) first. Appending a leaf merges equal
 * subtrees as a binary counter carries; the root folds them right to left, which is exactly RFC 9162's
 * MTH (the left subtree of a node is the largest perfect tree smaller than the node's range).
 *
 * <p>For a verifier streaming millions of leaves: one node hash per leaf on average, no tree in memory.
 */
public final class CompactRange {

    private final List<byte[]> subtrees;
    private long size;

    public CompactRange() {
        this(new ArrayList<>(), 0);
    }

    private CompactRange(List<byte[]> subtrees, long size) {
        this.subtrees = subtrees;
        this.size = size;
    }

    /** Appends the next leaf's hash (already {@link MerkleHash#leaf leaf-hashed}). */
    public void append(byte[] leafHash) {
        if (!MerkleHash.wellFormed(leafHash)) {
            throw new IllegalArgumentException("a leaf hash has 32 bytes");
        }
        byte[] carry = leafHash;
        for (long s = size; (s & 1) == 1; s >>>= 1) {
            carry = MerkleHash.node(subtrees.remove(subtrees.size() - 1), carry);
        }
        subtrees.add(carry);
        size++;
    }

    /** The number of leaves appended. */
    public long size() {
        return size;
    }

    /** The tree hash of the leaves appended so far. */
    public byte[] root() {
        if (subtrees.isEmpty()) {
            return MerkleHash.emptyRoot();
        }
        byte[] root = subtrees.get(subtrees.size() - 1);
        for (int i = subtrees.size() - 2; i >= 0; i--) {
            root = MerkleHash.node(subtrees.get(i), root);
        }
        return root;
    }

    /** An independent copy that can grow apart from this one. */
    public CompactRange copy() {
        return new CompactRange(new ArrayList<>(subtrees), size);
    }
}
