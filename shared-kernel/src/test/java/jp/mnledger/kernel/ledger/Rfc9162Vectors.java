package jp.mnledger.kernel.ledger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The RFC 9162 vectors (src/test/resources/vectors/merkle-rfc9162-vectors.json): the published
 * Certificate Transparency roots over 8 leaves, and inclusion and consistency cases over 37 leaves whose
 * data are "mnledger-event-i".
 */
final class Rfc9162Vectors {

    static final HexFormat HEX = HexFormat.of();
    static final JsonNode JSON = load();

    private Rfc9162Vectors() {
    }

    private static JsonNode load() {
        try (InputStream in = Rfc9162Vectors.class.getResourceAsStream("/vectors/merkle-rfc9162-vectors.json")) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The leaf hashes of the Certificate Transparency reference leaves. */
    static List<byte[]> ctLeafHashes() {
        List<byte[]> hashes = new ArrayList<>();
        JSON.get("ct_leaves_hex").forEach(leaf -> hashes.add(MerkleHash.leaf(HEX.parseHex(leaf.asText()))));
        return hashes;
    }

    /** The leaf hashes of "mnledger-event-0" … "mnledger-event-36". */
    static List<byte[]> generatedLeafHashes() {
        List<byte[]> hashes = new ArrayList<>();
        for (int i = 0; i <= 36; i++) {
            hashes.add(MerkleHash.leaf(("mnledger-event-" + i).getBytes(StandardCharsets.UTF_8)));
        }
        return hashes;
    }

    static List<byte[]> hashes(JsonNode array) {
        List<byte[]> hashes = new ArrayList<>();
        array.forEach(node -> hashes.add(HEX.parseHex(node.asText())));
        return hashes;
    }

    static byte[] hash(JsonNode node) {
        return HEX.parseHex(node.asText());
    }
}
