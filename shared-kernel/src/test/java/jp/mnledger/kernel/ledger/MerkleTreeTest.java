package jp.mnledger.kernel.ledger;

import static jp.mnledger.kernel.ledger.Rfc9162Vectors.HEX;
import static jp.mnledger.kernel.ledger.Rfc9162Vectors.JSON;
import static jp.mnledger.kernel.ledger.Rfc9162Vectors.hash;
import static jp.mnledger.kernel.ledger.Rfc9162Vectors.hashes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The tree gives the published Certificate Transparency roots and exactly the vectors' proofs. */
class MerkleTreeTest {

    static Stream<JsonNode> inclusionCases() {
        return StreamSupport.stream(JSON.get("inclusion").spliterator(), false);
    }

    static Stream<JsonNode> consistencyCases() {
        return StreamSupport.stream(JSON.get("consistency").spliterator(), false);
    }

    @Test
    void everyPublishedRootOfEveryPrefixSize() {
        MerkleTree tree = MerkleTree.of(Rfc9162Vectors.ctLeafHashes());
        JsonNode roots = JSON.get("roots");
        assertThat(roots).hasSize(9);
        for (int n = 0; n < roots.size(); n++) {
            assertThat(HEX.formatHex(tree.root(n))).as("root of %d leaves", n).isEqualTo(roots.get(n).asText());
        }
    }

    @Test
    void theCompactRangeGivesTheSameRootsWhileGrowing() {
        CompactRange range = new CompactRange();
        JsonNode roots = JSON.get("roots");
        assertThat(HEX.formatHex(range.root())).isEqualTo(roots.get(0).asText());
        List<byte[]> leaves = Rfc9162Vectors.ctLeafHashes();
        for (int n = 1; n <= leaves.size(); n++) {
            range.append(leaves.get(n - 1));
            assertThat(HEX.formatHex(range.root())).as("root of %d leaves", n).isEqualTo(roots.get(n).asText());
        }
    }

    @Test
    void theCompactRangeAgreesWithTheTreeForEverySizeUpTo300() {
        MerkleTree tree = new MerkleTree();
        CompactRange range = new CompactRange();
        for (int i = 0; i < 300; i++) {
            byte[] leaf = MerkleHash.leaf(new byte[] {(byte) i, (byte) (i >> 8)});
            tree.append(leaf);
            range.append(leaf);
            assertThat(range.root()).isEqualTo(tree.root()).isEqualTo(naiveRoot(tree, 0, i + 1));
        }
    }

    @ParameterizedTest(name = "leaf {0}")
    @MethodSource("inclusionCases")
    void inclusionProofsAreTheVectorsAndVerify(JsonNode c) {
        MerkleTree tree = MerkleTree.of(Rfc9162Vectors.generatedLeafHashes());
        long index = c.get("index").asLong();
        long size = c.get("size").asLong();

        assertThat(tree.leafHash(index)).isEqualTo(hash(c.get("leaf_hash")));
        assertThat(tree.root(size)).isEqualTo(hash(c.get("root")));
        assertThat(hex(tree.inclusionProof(index, size))).isEqualTo(hex(hashes(c.get("proof"))));
        assertThat(MerkleProofs.verifyInclusion(index, size, hash(c.get("leaf_hash")), hashes(c.get("proof")),
                hash(c.get("root")))).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("consistencyCases")
    void consistencyProofsAreTheVectorsAndVerify(JsonNode c) {
        MerkleTree tree = MerkleTree.of(Rfc9162Vectors.generatedLeafHashes());
        long size1 = c.get("size1").asLong();
        long size2 = c.get("size2").asLong();

        assertThat(tree.root(size1)).isEqualTo(hash(c.get("root1")));
        assertThat(tree.root(size2)).isEqualTo(hash(c.get("root2")));
        assertThat(hex(tree.consistencyProof(size1, size2))).isEqualTo(hex(hashes(c.get("proof"))));
        assertThat(MerkleProofs.verifyConsistency(size1, size2, hash(c.get("root1")), hash(c.get("root2")),
                hashes(c.get("proof")))).isTrue();
    }

    @Test
    void everyProofOfEveryPairOfSizesUpTo40Verifies() {
        MerkleTree tree = new MerkleTree();
        for (int i = 0; i < 40; i++) {
            tree.append(MerkleHash.leaf(new byte[] {(byte) i}));
        }
        for (long size = 1; size <= 40; size++) {
            for (long index = 0; index < size; index++) {
                assertThat(MerkleProofs.verifyInclusion(index, size, tree.leafHash(index),
                        tree.inclusionProof(index, size), tree.root(size))).as("leaf %d of %d", index, size).isTrue();
            }
            for (long size1 = 0; size1 <= size; size1++) {
                assertThat(MerkleProofs.verifyConsistency(size1, size, tree.root(size1), tree.root(size),
                        tree.consistencyProof(size1, size))).as("%d → %d", size1, size).isTrue();
            }
        }
    }

    @Test
    void proofsAreRefusedForSizesTheTreeDoesNotHave() {
        MerkleTree tree = MerkleTree.of(Rfc9162Vectors.ctLeafHashes());
        assertThatThrownBy(() -> tree.inclusionProof(8, 8)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> tree.inclusionProof(0, 9)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> tree.consistencyProof(5, 4)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> tree.root(9)).isInstanceOf(IllegalArgumentException.class);
    }

    /** RFC 9162's definition, literally. */
    private static byte[] naiveRoot(MerkleTree tree, long start, long end) {
        if (end - start == 1) {
            return tree.leafHash(start);
        }
        long k = Long.highestOneBit(end - start - 1);
        return MerkleHash.node(naiveRoot(tree, start, start + k), naiveRoot(tree, start + k, end));
    }

    private static List<String> hex(List<byte[]> hashes) {
        List<String> out = new ArrayList<>();
        hashes.forEach(h -> out.add(HEX.formatHex(h)));
        return out;
    }
}
