package jp.mnledger.ops.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import jp.mnledger.kernel.ledger.LedgerLeaf;
import jp.mnledger.kernel.ledger.MerkleProofs;
import jp.mnledger.kernel.ledger.MerkleTree;
import jp.mnledger.kernel.ledger.SignedTreeHead;
import org.junit.jupiter.api.Test;

/**
 * docs/evidence-bundle.md §8, the worked example, value for value: three events, their leaf hashes, the root,
 * the proofs and a head signed with the RFC 8032-style test key whose private key is the bytes 00 01 … 1f.
 * (The same values were reproduced with Python's hashlib and the cryptography package.)
 */
class WorkedExampleTest {

    private static final HexFormat HEX = HexFormat.of();

    static final List<LedgerLeaf> LEAVES = List.of(
            new LedgerLeaf("e-1", "Company", "c-1", 0, 7, "2026-11-26T09:00:00Z", "jp.mnledger.kernel.company.CompanyCreatedEvent",
                    "1", "{\"a\":1}".getBytes(StandardCharsets.UTF_8), null),
            new LedgerLeaf("e-2", "Company", "c-1", 1, 9, "2026-11-26T09:00:01Z", "jp.mnledger.kernel.company.PurposesDeclaredEvent",
                    "1", "{\"b\":2}".getBytes(StandardCharsets.UTF_8), "{\"tenant\":\"c-1\"}".getBytes(StandardCharsets.UTF_8)),
            new LedgerLeaf("e-3", null, "e-3", 0, 8, "2026-11-26T09:00:02Z", "jp.mnledger.kernel.access.AccessDeniedEvent",
                    "1", "{\"c\":3}".getBytes(StandardCharsets.UTF_8), "{\"tenant\":\"c-1\"}".getBytes(StandardCharsets.UTF_8)));

    private static final String H0 = "7ff2a9c0ec4c79dd4250ff8f869020c05e7af2e34224a7b4554efece0fb8cee9";
    private static final String H1 = "626a4f61f6e905d13cb294f65b82f5b602ab6dd7e78e9d028b76ba25184c89b9";
    private static final String H2 = "93f4d5bb0005012fb5460b3dad7f2a57da8f62f589bf31626460669a803ef39a";
    private static final String ROOT2 = "2e88a3e0d5e3ef4cdec0b2452de970f93b84fe50dd15c5b2bb7908c62448b303";
    private static final String ROOT3 = "a0b52b45c6141c559203648554d4968b28d7d64a4eaee088230eb36d0f9de283";

    private static MerkleTree tree() {
        MerkleTree tree = new MerkleTree();
        LEAVES.forEach(leaf -> tree.append(leaf.leafHash()));
        return tree;
    }

    @Test
    void theLeavesHashesAndRoots() {
        assertThat(HEX.formatHex(LEAVES.get(2).encode())).isEqualTo("0100000003652d33ffffffff00000003652d33"
                + "0000000000000000" + "0000000000000008" + "00000014323032362d31312d32365430393a30303a30325a"
                + "0000002b6a702e6d6e6c65646765722e6b65726e656c2e6163636573732e41636365737344656e6965644576656e74"
                + "0000000131" + "000000077b2263223a337d" + "000000107b2274656e616e74223a22632d31227d");
        assertThat(LEAVES.stream().map(l -> HEX.formatHex(l.leafHash()))).containsExactly(H0, H1, H2);
        assertThat(HEX.formatHex(tree().root(2))).isEqualTo(ROOT2);
        assertThat(HEX.formatHex(tree().root(3))).isEqualTo(ROOT3);
    }

    @Test
    void theProofs() {
        MerkleTree tree = tree();
        assertThat(tree.inclusionProof(2, 3).stream().map(HEX::formatHex)).containsExactly(ROOT2);
        assertThat(tree.inclusionProof(0, 3).stream().map(HEX::formatHex)).containsExactly(H1, H2);
        assertThat(tree.consistencyProof(2, 3).stream().map(HEX::formatHex)).containsExactly(H2);
        assertThat(MerkleProofs.verifyInclusion(0, 3, HEX.parseHex(H0), List.of(HEX.parseHex(H1), HEX.parseHex(H2)),
                HEX.parseHex(ROOT3))).isTrue();
        assertThat(MerkleProofs.verifyConsistency(2, 3, HEX.parseHex(ROOT2), HEX.parseHex(ROOT3), List.of(HEX.parseHex(H2))))
                .isTrue();
    }

    @Test
    void theSignedHead() {
        byte[] privateKey = new byte[32];
        for (int i = 0; i < 32; i++) {
            privateKey[i] = (byte) i;
        }
        byte[] publicKey = Ed25519.publicKey(privateKey);
        assertThat(HEX.formatHex(publicKey)).isEqualTo("03a107bff3ce10be1d70dd18e74bc09967e4d6309ba50d5f1ddc8664125531b8");
        assertThat(Ed25519.keyId(publicKey)).isEqualTo("ed25519-56475aa75463474c");
        assertThat(Base64.getEncoder().encodeToString(Ed25519.subjectPublicKeyInfo(publicKey)))
                .isEqualTo("MCowBQYDK2VwAyEAA6EHv/POEL4dcN0Y50vAmWfk1jCbpQ1fHdyGZBJVMbg=");
        byte[] input = SignedTreeHead.signingInput(3, HEX.parseHex(ROOT3), Instant.parse("2026-11-26T09:01:00Z"),
                "ed25519-56475aa75463474c");
        assertThat(HEX.formatHex(input)).isEqualTo("6d6e6c65646765722d7374682d7631" + "0000000000000003" + "000001a2171630e0"
                + ROOT3 + "0018" + "656432353531392d35363437356161373534363334373463");
        assertThat(Base64.getEncoder().encodeToString(Ed25519.sign(privateKey, input))).isEqualTo(
                "6ycATOE61iPxuaOKgSrZLgLPRtP72P6wig4QvbJBP7sKRAJ+BIz3lY6GMJzbNLWLjRR/FWfJ7MMW8kwzBrt0CA==");
    }
}
