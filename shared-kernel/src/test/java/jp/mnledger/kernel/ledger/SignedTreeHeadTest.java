package jp.mnledger.kernel.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** The bytes a tree head's signature covers, as docs/evidence-bundle.md §5 documents them. */
class SignedTreeHeadTest {

    @Test
    void theSigningInputIsTheDocumentedBytes() {
        byte[] root = HexFormat.of().parseHex("5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328");
        byte[] input = SignedTreeHead.signingInput(8, root, Instant.parse("2026-11-26T09:00:00.123Z"), "ed25519-0011223344556677");
        assertThat(HexFormat.of().formatHex(input)).isEqualTo(
                HexFormat.of().formatHex("mnledger-sth-v1".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
                        + "0000000000000008"
                        + "000001a2171546fb"
                        + "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328"
                        + "0018"
                        + HexFormat.of().formatHex("ed25519-0011223344556677".getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
    }

    @Test
    void theTimestampIsKeptToTheMillisecondItIsSignedAt() {
        SignedTreeHead head = new SignedTreeHead(1, new byte[32], Instant.parse("2026-11-26T09:00:00.123456789Z"), "k",
                new byte[64]);
        assertThat(head.timestamp()).isEqualTo(Instant.parse("2026-11-26T09:00:00.123Z"));
    }

    @Test
    void theApiFormRoundTrips() {
        SignedTreeHead head = new SignedTreeHead(8, MerkleHash.emptyRoot(), Instant.parse("2026-11-26T09:00:00.123Z"), "k",
                new byte[64]);
        assertThat(TreeHeadResponse.of(head).toSignedTreeHead()).isEqualTo(head);
        assertThat(TreeHeadResponse.of(head).rootHash()).hasSize(64);
    }
}
