package jp.mnledger.kernel.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** The canonical bytes of a leaf, byte for byte as docs/evidence-bundle.md's worked example shows them. */
class LedgerLeafTest {

    /** The worked example of docs/evidence-bundle.md §3. */
    static final LedgerLeaf EXAMPLE = new LedgerLeaf("e-1", "Company", "c-1", 0, 7, "2026-11-26T09:00:00Z",
            "jp.mnledger.kernel.company.CompanyCreatedEvent", "1", "{\"a\":1}".getBytes(StandardCharsets.UTF_8), null);

    static final String EXAMPLE_HEX = "01"
            + "00000003" + "652d31"                                   // event identifier "e-1"
            + "00000007" + "436f6d70616e79"                           // aggregate type "Company"
            + "00000003" + "632d31"                                   // aggregate identifier "c-1"
            + "0000000000000000"                                      // sequence number 0
            + "0000000000000007"                                      // global index 7
            + "00000014" + "323032362d31312d32365430393a30303a30305a" // timestamp "2026-11-26T09:00:00Z"
            + "0000002e" + HexFormat.of().formatHex("jp.mnledger.kernel.company.CompanyCreatedEvent".getBytes(StandardCharsets.UTF_8))
            + "00000001" + "31"                                       // payload revision "1"
            + "00000007" + "7b2261223a317d"                           // payload {"a":1}
            + "ffffffff";                                             // metadata absent

    @Test
    void theWorkedExampleEncodesToTheDocumentedBytes() {
        assertThat(HexFormat.of().formatHex(EXAMPLE.encode())).isEqualTo(EXAMPLE_HEX);
    }

    @Test
    void theWorkedExampleHasTheDocumentedLeafHash() {
        assertThat(HexFormat.of().formatHex(EXAMPLE.leafHash()))
                .isEqualTo(HexFormat.of().formatHex(MerkleHash.leaf(HexFormat.of().parseHex(EXAMPLE_HEX))))
                .isEqualTo("7ff2a9c0ec4c79dd4250ff8f869020c05e7af2e34224a7b4554efece0fb8cee9");
    }

    @Test
    void decodingGivesBackEveryField() {
        LedgerLeaf decoded = LedgerLeaf.decode(EXAMPLE.encode());
        assertThat(decoded.eventIdentifier()).isEqualTo("e-1");
        assertThat(decoded.aggregateType()).isEqualTo("Company");
        assertThat(decoded.globalIndex()).isEqualTo(7);
        assertThat(decoded.payloadRevision()).isEqualTo("1");
        assertThat(decoded.payload()).isEqualTo(EXAMPLE.payload());
        assertThat(decoded.metadata()).isNull();
        assertThat(LedgerLeaf.eventIdentifierOf(EXAMPLE.encode(), 0, EXAMPLE.encode().length)).isEqualTo("e-1");
    }

    @Test
    void thePayloadTypeIsReadWithoutDecodingTheLeaf() {
        byte[] bytes = EXAMPLE.encode();
        byte[] padded = new byte[bytes.length + 3];
        System.arraycopy(bytes, 0, padded, 2, bytes.length);
        assertThat(LedgerLeaf.payloadTypeOf(padded, 2, bytes.length)).isEqualTo(EXAMPLE.payloadType());
        assertThat(LedgerLeaf.problemWith(padded, 2, bytes.length)).isNull();
    }

    @Test
    void absentAndEmptyAreDifferentLeaves() {
        LedgerLeaf empty = new LedgerLeaf("e-1", "Company", "c-1", 0, 7, "2026-11-26T09:00:00Z",
                "jp.mnledger.kernel.company.CompanyCreatedEvent", "1", EXAMPLE.payload(), new byte[0]);
        assertThat(empty.leafHash()).isNotEqualTo(EXAMPLE.leafHash());
    }

    @Test
    void everyFieldChangesTheLeafHash() {
        byte[] bytes = EXAMPLE.encode();
        for (int i = 0; i < bytes.length; i++) {
            byte[] changed = bytes.clone();
            changed[i] ^= 0x01;
            assertThat(MerkleHash.leaf(changed)).as("byte %d", i).isNotEqualTo(EXAMPLE.leafHash());
        }
    }

    @Test
    void malformedBytesAreNamedNotAccepted() {
        byte[] bytes = EXAMPLE.encode();
        assertThat(LedgerLeaf.problemWith(bytes, 0, bytes.length)).isNull();
        assertThat(LedgerLeaf.problemWith(bytes, 0, bytes.length - 1)).isNotNull();
        byte[] longer = Arrays.copyOf(bytes, bytes.length + 1);
        assertThat(LedgerLeaf.problemWith(longer, 0, longer.length)).contains("after the last field");
        byte[] version = bytes.clone();
        version[0] = 2;
        assertThat(LedgerLeaf.problemWith(version, 0, version.length)).contains("version");
        byte[] absentId = HexFormat.of().parseHex("01ffffffff" + EXAMPLE_HEX.substring(2 + 8 + 6));
        assertThat(LedgerLeaf.problemWith(absentId, 0, absentId.length)).contains("absent");
        assertThatThrownBy(() -> LedgerLeaf.decode(absentId)).isInstanceOf(IllegalArgumentException.class);
        byte[] tooLong = bytes.clone();
        tooLong[1] = 0x7f;
        assertThat(LedgerLeaf.problemWith(tooLong, 0, tooLong.length)).contains("longer");
    }

    @Test
    void itsTextNamesNoPayload() {
        assertThat(EXAMPLE.toString()).doesNotContain("{\"a\"").contains("e-1");
    }
}
