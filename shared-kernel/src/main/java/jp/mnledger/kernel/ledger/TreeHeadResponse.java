package jp.mnledger.kernel.ledger;

import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;

/**
 * A signed tree head as the API and an evidence bundle's {@code heads.json} spell it: the root in lowercase
 * hex, the signature in base64. Saved to a file, it is what {@code verify --known-head} reads.
 *
 * @param treeSize  leaves in the tree
 * @param rootHash  the tree's root, 64 hex digits
 * @param timestamp when it was signed (UTC, millisecond precision; the signed value)
 * @param keyId     the signing key
 * @param signature Ed25519 signature over {@link SignedTreeHead#signingInput()}, base64
 */
public record TreeHeadResponse(long treeSize, String rootHash, Instant timestamp, String keyId, String signature) {

    public static TreeHeadResponse of(SignedTreeHead head) {
        return new TreeHeadResponse(head.treeSize(), HexFormat.of().formatHex(head.rootHash()), head.timestamp(),
                head.keyId(), Base64.getEncoder().encodeToString(head.signature()));
    }

    /** Back to the signed head; throws {@link IllegalArgumentException} if a field is malformed. */
    public SignedTreeHead toSignedTreeHead() {
        if (rootHash == null || timestamp == null || keyId == null || signature == null) {
            throw new IllegalArgumentException("a tree head needs treeSize, rootHash, timestamp, keyId and signature");
        }
        return new SignedTreeHead(treeSize, HexFormat.of().parseHex(rootHash), timestamp, keyId,
                Base64.getDecoder().decode(signature));
    }
}
