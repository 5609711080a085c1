package jp.mnledger.kernel.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Forged proofs are refused, each kind on its own: what an adversarial server (LEDGER.md §2, immudb's
 * GO-2022-1117) could send a verifier.
 */
class MerkleProofsTest {

    private static MerkleTree tree;

    @BeforeAll
    static void tree() {
        tree = MerkleTree.of(Rfc9162Vectors.generatedLeafHashes());
    }

    private static boolean inclusion(long index, long size, List<byte[]> proof) {
        return MerkleProofs.verifyInclusion(index, size, tree.leafHash(index), proof, tree.root(size));
    }

    private static boolean consistency(long size1, long size2, List<byte[]> proof) {
        return MerkleProofs.verifyConsistency(size1, size2, tree.root(size1), tree.root(size2), proof);
    }

    private static List<byte[]> with(List<byte[]> proof, java.util.function.Consumer<List<byte[]>> change) {
        List<byte[]> copy = new ArrayList<>();
        proof.forEach(h -> copy.add(h.clone()));
        change.accept(copy);
        return copy;
    }

    @Test
    void theGenuineProofsVerify() {
        assertThat(inclusion(20, 37, tree.inclusionProof(20, 37))).isTrue();
        assertThat(consistency(7, 37, tree.consistencyProof(7, 37))).isTrue();
    }

    @Test
    void anInclusionProofOneNodeShortIsRefused() {
        assertThat(inclusion(20, 37, with(tree.inclusionProof(20, 37), p -> p.remove(p.size() - 1)))).isFalse();
        assertThat(inclusion(20, 37, with(tree.inclusionProof(20, 37), p -> p.remove(0)))).isFalse();
        assertThat(inclusion(20, 37, List.of())).isFalse();
    }

    @Test
    void anInclusionProofWithExtraNodesIsRefused() {
        assertThat(inclusion(20, 37, with(tree.inclusionProof(20, 37), p -> p.add(tree.root(37))))).isFalse();
        assertThat(inclusion(20, 37, with(tree.inclusionProof(20, 37), p -> p.add(p.get(0))))).isFalse();
        assertThat(inclusion(20, 37, with(tree.inclusionProof(20, 37), p -> p.add(0, tree.leafHash(21))))).isFalse();
        // A one-leaf tree has an empty path: anything more is refused.
        assertThat(MerkleProofs.verifyInclusion(0, 1, tree.leafHash(0), List.of(tree.leafHash(1)), tree.leafHash(0)))
                .isFalse();
    }

    @Test
    void anInclusionProofWithAChangedNodeIsRefused() {
        assertThat(inclusion(20, 37, with(tree.inclusionProof(20, 37), p -> p.get(2)[7] ^= 1))).isFalse();
        assertThat(inclusion(20, 37, with(tree.inclusionProof(20, 37), p -> java.util.Collections.swap(p, 0, 1)))).isFalse();
    }

    @Test
    void hashesOfTheWrongLengthAreRefused() {
        assertThat(inclusion(20, 37, with(tree.inclusionProof(20, 37), p -> p.set(1, Arrays.copyOf(p.get(1), 31)))))
                .isFalse();
        assertThat(inclusion(20, 37, with(tree.inclusionProof(20, 37), p -> p.set(1, Arrays.copyOf(p.get(1), 33)))))
                .isFalse();
        assertThat(MerkleProofs.verifyInclusion(20, 37, Arrays.copyOf(tree.leafHash(20), 31), tree.inclusionProof(20, 37),
                tree.root(37))).isFalse();
        assertThat(inclusion(20, 37, null)).isFalse();
    }

    @Test
    void aLeafIndexOutsideTheTreeIsRefused() {
        List<byte[]> proof = tree.inclusionProof(36, 37);
        assertThat(MerkleProofs.verifyInclusion(37, 37, tree.leafHash(36), proof, tree.root(37))).isFalse();
        assertThat(MerkleProofs.verifyInclusion(40, 37, tree.leafHash(36), proof, tree.root(37))).isFalse();
        assertThat(MerkleProofs.verifyInclusion(-1, 37, tree.leafHash(36), proof, tree.root(37))).isFalse();
        assertThat(MerkleProofs.verifyInclusion(0, 0, tree.leafHash(0), List.of(), MerkleHash.emptyRoot())).isFalse();
    }

    @Test
    void theWrongLeafOrTheWrongIndexIsRefused() {
        assertThat(MerkleProofs.verifyInclusion(20, 37, tree.leafHash(21), tree.inclusionProof(20, 37), tree.root(37)))
                .isFalse();
        assertThat(MerkleProofs.verifyInclusion(21, 37, tree.leafHash(20), tree.inclusionProof(20, 37), tree.root(37)))
                .isFalse();
    }

    /** GO-2022-1117's class: a proof made for one tree, presented as a proof about another. */
    @Test
    void aProofForADifferentTreeSizeIsRefusedAgainstTheSignedSizeAndRoot() {
        List<byte[]> forFive = tree.inclusionProof(0, 5);
        // Presented against the genuine head of 6 leaves (its size and its root): refused.
        assertThat(MerkleProofs.verifyInclusion(0, 6, tree.leafHash(0), forFive, tree.root(6))).isFalse();
        // For every leaf and every other size of the same tree.
        for (long size = 1; size <= 37; size++) {
            for (long index = 0; index < size; index++) {
                List<byte[]> proof = tree.inclusionProof(index, size);
                for (long other = index + 1; other <= 37; other++) {
                    if (other != size && !Arrays.equals(tree.root(other), tree.root(size))) {
                        assertThat(MerkleProofs.verifyInclusion(index, other, tree.leafHash(index), proof, tree.root(other)))
                                .as("proof of leaf %d for size %d presented for size %d", index, size, other).isFalse();
                    }
                }
            }
        }
    }

    /**
     * Why a verifier must take the size and the root from one signed head: the arithmetic alone accepts the
     * path of leaf 0 in 5 leaves with the 5-leaf root under a claimed size of 6. The evidence verifier never
     * lets a proof name its own size (BundleVerifierTest covers that end to end).
     */
    @Test
    void theArithmeticAloneCannotTellNeighbouringSizesApart() {
        assertThat(MerkleProofs.verifyInclusion(0, 6, tree.leafHash(0), tree.inclusionProof(0, 5), tree.root(5))).isTrue();
    }

    @Test
    void aConsistencyProofOneNodeShortOrLongIsRefused() {
        assertThat(consistency(7, 37, with(tree.consistencyProof(7, 37), p -> p.remove(p.size() - 1)))).isFalse();
        assertThat(consistency(7, 37, with(tree.consistencyProof(7, 37), p -> p.remove(0)))).isFalse();
        assertThat(consistency(7, 37, with(tree.consistencyProof(7, 37), p -> p.add(tree.root(7))))).isFalse();
        assertThat(consistency(16, 33, with(tree.consistencyProof(16, 33), p -> p.add(0, tree.root(16))))).isFalse();
        assertThat(consistency(7, 37, List.of())).isFalse();
    }

    @Test
    void aConsistencyProofWithAChangedNodeIsRefused() {
        for (int i = 0; i < tree.consistencyProof(7, 37).size(); i++) {
            int node = i;
            assertThat(consistency(7, 37, with(tree.consistencyProof(7, 37), p -> p.get(node)[0] ^= 1)))
                    .as("node %d changed", i).isFalse();
        }
    }

    @Test
    void aForkIsNotConsistent() {
        MerkleTree fork = MerkleTree.of(Rfc9162Vectors.generatedLeafHashes().subList(0, 10));
        fork.append(MerkleHash.leaf(new byte[] {1, 2, 3}));
        // Same size, different roots: never consistent, whatever the proof.
        assertThat(MerkleProofs.verifyConsistency(11, 11, tree.root(11), fork.root(11), List.of())).isFalse();
        // The fork's own proof does not connect the genuine old head to the forked new one.
        assertThat(MerkleProofs.verifyConsistency(7, 11, tree.root(7), fork.root(11), tree.consistencyProof(7, 11)))
                .isFalse();
        assertThat(MerkleProofs.verifyConsistency(7, 11, tree.root(7), fork.root(11), fork.consistencyProof(7, 11)))
                .isTrue(); // consistent with its own past up to 10 leaves…
        assertThat(MerkleProofs.verifyConsistency(11, 12, fork.root(11), tree.root(12), tree.consistencyProof(11, 12)))
                .isFalse(); // …but not with the genuine tree after it
    }

    @Test
    void sizesOutOfOrderOrProofsForOtherSizesAreRefused() {
        assertThat(MerkleProofs.verifyConsistency(8, 7, tree.root(8), tree.root(7), tree.consistencyProof(7, 8))).isFalse();
        assertThat(MerkleProofs.verifyConsistency(3, 8, tree.root(3), tree.root(8), tree.consistencyProof(3, 7))).isFalse();
        assertThat(MerkleProofs.verifyConsistency(2, 5, tree.root(2), tree.root(5), tree.consistencyProof(3, 5))).isFalse();
        assertThat(MerkleProofs.verifyConsistency(-1, 5, tree.root(0), tree.root(5), List.of())).isFalse();
    }

    @Test
    void equalSizesNeedEqualRootsAndNoProof() {
        assertThat(MerkleProofs.verifyConsistency(9, 9, tree.root(9), tree.root(9), List.of())).isTrue();
        assertThat(MerkleProofs.verifyConsistency(9, 9, tree.root(9), tree.root(9), List.of(tree.root(9)))).isFalse();
    }

    @Test
    void everyTreeExtendsTheEmptyTreeWithAnEmptyProofOnly() {
        assertThat(MerkleProofs.verifyConsistency(0, 9, MerkleHash.emptyRoot(), tree.root(9), List.of())).isTrue();
        assertThat(MerkleProofs.verifyConsistency(0, 9, MerkleHash.emptyRoot(), tree.root(9), List.of(tree.root(9))))
                .isFalse();
        assertThat(MerkleProofs.verifyConsistency(0, 9, tree.root(1), tree.root(9), List.of())).isFalse();
    }
}
