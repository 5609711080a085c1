package jp.mnledger.kernel.ledger;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An append-only Merkle tree as RFC 9162 §2.1 defines it, kept in memory to answer for any earlier size:
 * the root, an inclusion proof (§2.1.3.1) and a consistency proof (§2.1.4.1).
 *
 * <p>Level {@code l} holds the hashes of the complete, aligned subtrees of {@code 2^l} leaves, flat, 32
 * bytes each (about 64 bytes of memory per leaf in all). A range that is not such a subtree is hashed by
 * RFC 9162's own recursion, which splits off the largest power of two and so only ever needs stored
 * subtrees and O(log n) further node hashes. Not thread-safe.
 */
public final class MerkleTree {

    private final List<Level> levels = new ArrayList<>();
    private long size;

    /** A tree of these leaf hashes, in order. */
    public static MerkleTree of(Iterable<byte[]> leafHashes) {
        MerkleTree tree = new MerkleTree();
        leafHashes.forEach(tree::append);
        return tree;
    }

    /** Appends the next leaf's hash (already {@link MerkleHash#leaf leaf-hashed}). */
    public void append(byte[] leafHash) {
        if (!MerkleHash.wellFormed(leafHash)) {
            throw new IllegalArgumentException("a leaf hash has 32 bytes");
        }
        level(0).add(leafHash, 0);
        long index = size;
        for (int l = 0; (index & 1) == 1; l++, index >>>= 1) {
            Level level = levels.get(l);
            level(l + 1).add(MerkleHash.node(level.bytes, level.offset(index - 1), level.bytes, level.offset(index)), 0);
        }
        size++;
    }

    public long size() {
        return size;
    }

    /** The hash of the leaf at {@code index}. */
    public byte[] leafHash(long index) {
        checkRange(index, index + 1);
        return levels.get(0).get(index);
    }

    /** MTH of the whole tree. */
    public byte[] root() {
        return root(size);
    }

    /** MTH of the first {@code treeSize} leaves. */
    public byte[] root(long treeSize) {
        checkRange(0, treeSize);
        return treeSize == 0 ? MerkleHash.emptyRoot() : hash(0, treeSize);
    }

    /** PATH(m, D[n]): the audit path of leaf {@code leafIndex} in the tree of the first {@code treeSize} leaves. */
    public List<byte[]> inclusionProof(long leafIndex, long treeSize) {
        checkRange(0, treeSize);
        if (leafIndex < 0 || leafIndex >= treeSize) {
            throw new IllegalArgumentException("leaf index " + leafIndex + " is not in a tree of size " + treeSize);
        }
        List<byte[]> proof = new ArrayList<>();
        path(leafIndex, 0, treeSize, proof);
        return proof;
    }

    /** PROOF(m, D[n]): that the tree of size {@code size1} is a prefix of the tree of size {@code size2}. */
    public List<byte[]> consistencyProof(long size1, long size2) {
        checkRange(0, size2);
        if (size1 < 0 || size1 > size2) {
            throw new IllegalArgumentException("no consistency proof from size " + size1 + " to size " + size2);
        }
        List<byte[]> proof = new ArrayList<>();
        if (size1 > 0) {
            subproof(size1, 0, size2, true, proof);
        }
        return proof;
    }

    private void path(long m, long start, long end, List<byte[]> proof) {
        long n = end - start;
        if (n == 1) {
            return;
        }
        long k = largestPowerOfTwoBelow(n);
        if (m < k) {
            path(m, start, start + k, proof);
            proof.add(hash(start + k, end));
        } else {
            path(m - k, start + k, end, proof);
            proof.add(hash(start, start + k));
        }
    }

    private void subproof(long m, long start, long end, boolean completeSubtree, List<byte[]> proof) {
        long n = end - start;
        if (m == n) {
            if (!completeSubtree) {
                proof.add(hash(start, end));
            }
            return;
        }
        long k = largestPowerOfTwoBelow(n);
        if (m <= k) {
            subproof(m, start, start + k, completeSubtree, proof);
            proof.add(hash(start + k, end));
        } else {
            subproof(m - k, start + k, end, false, proof);
            proof.add(hash(start, start + k));
        }
    }

    /** MTH(D[start:end]) for a non-empty range of the kind RFC 9162's recursion produces. */
    private byte[] hash(long start, long end) {
        long n = end - start;
        if (Long.bitCount(n) == 1 && start % n == 0) {
            return levels.get(Long.numberOfTrailingZeros(n)).get(start / n);
        }
        long k = largestPowerOfTwoBelow(n);
        return MerkleHash.node(hash(start, start + k), hash(start + k, end));
    }

    /** The largest power of two smaller than {@code n} (n ≥ 2): RFC 9162's split point k. */
    static long largestPowerOfTwoBelow(long n) {
        return Long.highestOneBit(n - 1);
    }

    private void checkRange(long start, long end) {
        if (start < 0 || end > size || start > end) {
            throw new IllegalArgumentException("the tree has " + size + " leaves, not " + end);
        }
    }

    private Level level(int l) {
        while (levels.size() <= l) {
            levels.add(new Level());
        }
        return levels.get(l);
    }

    /** One level's hashes, flat and growable. */
    private static final class Level {
        private byte[] bytes = new byte[MerkleHash.SIZE * 16];
        private int count;

        void add(byte[] hash, int offset) {
            if ((long) (count + 1) * MerkleHash.SIZE > bytes.length) {
                long grown = Math.min((long) bytes.length * 2, Integer.MAX_VALUE - 8);
                if (grown < (long) (count + 1) * MerkleHash.SIZE) {
                    throw new IllegalStateException("a tree in memory holds at most about 67 million leaves");
                }
                bytes = Arrays.copyOf(bytes, (int) grown);
            }
            System.arraycopy(hash, offset, bytes, count * MerkleHash.SIZE, MerkleHash.SIZE);
            count++;
        }

        int offset(long index) {
            return Math.toIntExact(index * MerkleHash.SIZE);
        }

        byte[] get(long index) {
            int offset = offset(index);
            return Arrays.copyOfRange(bytes, offset, offset + MerkleHash.SIZE);
        }
    }
}
