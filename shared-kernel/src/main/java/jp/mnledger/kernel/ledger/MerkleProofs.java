package jp.mnledger.kernel.ledger;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;

/**
 * Verification of inclusion and consistency proofs, exactly as RFC 9162 §2.1.3.2 and §2.1.4.2 give the
 * algorithms, with every malformed input refused rather than tolerated: a hash that is not 32 bytes, a
 * proof one node short or one node long, a leaf index outside the tree, sizes out of order.
 *
 * <p><b>The size and the root must come from the same signed tree head.</b> An audit path does not name
 * the tree it was made for, and a path for one size can also be valid arithmetic for a neighbouring size
 * (leaf 0 of 5 and of 6 leaves have paths of the same shape). A verifier that takes the size from the
 * proof, or from anywhere but the head whose signature it checked, accepts a proof about another tree —
 * the class of mistake behind immudb's GO-2022-1117. The evidence verifier therefore only ever passes a
 * signed head's own size and root, and rejects a proof that claims another size.
 */
public final class MerkleProofs {

    private MerkleProofs() {
    }

    /** Whether {@code proof} shows the leaf with {@code leafHash} at {@code leafIndex} in the tree of {@code treeSize} leaves with {@code root}. */
    public static boolean verifyInclusion(long leafIndex, long treeSize, byte[] leafHash, List<byte[]> proof, byte[] root) {
        if (leafIndex < 0 || leafIndex >= treeSize || !MerkleHash.wellFormed(leafHash) || !MerkleHash.wellFormed(root)
                || !allWellFormed(proof)) {
            return false;
        }
        long fn = leafIndex;
        long sn = treeSize - 1;
        byte[] r = leafHash;
        for (byte[] p : proof) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                r = MerkleHash.node(p, r);
                if ((fn & 1) == 0) {
                    while ((fn & 1) == 0 && fn != 0) {
                        fn >>>= 1;
                        sn >>>= 1;
                    }
                }
            } else {
                r = MerkleHash.node(r, p);
            }
            fn >>>= 1;
            sn >>>= 1;
        }
        return sn == 0 && MessageDigest.isEqual(r, root);
    }

    /**
     * Whether {@code proof} shows that the tree of {@code size1} leaves with {@code root1} is a prefix of the
     * tree of {@code size2} leaves with {@code root2}. Equal sizes need equal roots and an empty proof; any
     * tree extends the empty tree, with an empty proof.
     */
    public static boolean verifyConsistency(long size1, long size2, byte[] root1, byte[] root2, List<byte[]> proof) {
        if (size1 < 0 || size2 < size1 || !MerkleHash.wellFormed(root1) || !MerkleHash.wellFormed(root2)
                || !allWellFormed(proof)) {
            return false;
        }
        if (size1 == size2) {
            return proof.isEmpty() && MessageDigest.isEqual(root1, root2);
        }
        if (size1 == 0) {
            return proof.isEmpty() && MessageDigest.isEqual(root1, MerkleHash.emptyRoot());
        }
        if (proof.isEmpty()) {
            return false;
        }
        List<byte[]> path = proof;
        if (Long.bitCount(size1) == 1) {
            path = new ArrayList<>(proof.size() + 1);
            path.add(root1);
            path.addAll(proof);
        }
        long fn = size1 - 1;
        long sn = size2 - 1;
        while ((fn & 1) == 1) {
            fn >>>= 1;
            sn >>>= 1;
        }
        byte[] fr = path.get(0);
        byte[] sr = path.get(0);
        for (int i = 1; i < path.size(); i++) {
            byte[] c = path.get(i);
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                fr = MerkleHash.node(c, fr);
                sr = MerkleHash.node(c, sr);
                if ((fn & 1) == 0) {
                    while ((fn & 1) == 0 && fn != 0) {
                        fn >>>= 1;
                        sn >>>= 1;
                    }
                }
            } else {
                sr = MerkleHash.node(sr, c);
            }
            fn >>>= 1;
            sn >>>= 1;
        }
        return sn == 0 && MessageDigest.isEqual(fr, root1) && MessageDigest.isEqual(sr, root2);
    }

    private static boolean allWellFormed(List<byte[]> proof) {
        if (proof == null) {
            return false;
        }
        for (byte[] hash : proof) {
            if (!MerkleHash.wellFormed(hash)) {
                return false;
            }
        }
        return true;
    }
}
