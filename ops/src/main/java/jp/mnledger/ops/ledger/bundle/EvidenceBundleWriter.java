package jp.mnledger.ops.ledger.bundle;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import jp.mnledger.kernel.ledger.LedgerLeaf;
import jp.mnledger.kernel.ledger.MerkleTree;
import jp.mnledger.kernel.ledger.SignedTreeHead;
import jp.mnledger.kernel.ledger.TreeHeadResponse;

/**
 * Writes an evidence bundle (docs/evidence-bundle.md) anchored to a signed head (by default the newest): for
 * everything (every leaf's event and recorded hash), or for a selection of one company's events — all of
 * them, one data subject's, those of a period — each with an inclusion proof in the anchoring head's tree.
 * Both carry every signed head up to the anchor, the consistency proofs between consecutive heads, and the
 * public keys. The writer does not judge what it copies: a tampered store makes a bundle the verifier refuses.
 */
public final class EvidenceBundleWriter {

    private static final HexFormat HEX = HexFormat.of();

    /**
     * What was written.
     *
     * @param anchor     the signed head every proof is for
     * @param eventTypes how many events of each payload type the bundle holds, by type
     */
    public record Summary(Path path, String scope, String companyId, long treeSize, String rootHash, long eventCount,
                          EvidenceSelection selection, SignedTreeHead anchor, Map<String, Long> eventTypes) {
    }

    private EvidenceBundleWriter() {
    }

    /**
     * A bundle of everything or of one company, anchored to the newest signed head.
     *
     * @param companyId null for a full bundle; else the tenant whose events the bundle holds
     * @throws IllegalStateException if the ledger has no signed head yet, or its leaves are not contiguous
     */
    public static Summary write(LedgerData data, Path out, String companyId, Instant createdAt) throws IOException {
        return write(data, out, companyId == null ? EvidenceSelection.everything() : EvidenceSelection.company(companyId),
                null, createdAt, null);
    }

    /** Into a new directory, or a new zip file when the name ends in {@code .zip}; see the next method. */
    public static Summary write(LedgerData data, Path out, EvidenceSelection selection, SignedTreeHead anchor,
                                Instant createdAt, String exportId) throws IOException {
        try (BundleOutput output = BundleOutput.create(out)) {
            Summary summary = write(data, output, selection, anchor, createdAt, exportId);
            return new Summary(out, summary.scope(), summary.companyId(), summary.treeSize(), summary.rootHash(),
                    summary.eventCount(), summary.selection(), summary.anchor(), summary.eventTypes());
        }
    }

    /**
     * Writes the bundle's files into {@code output} (which the caller closes, and may add files to).
     *
     * @param anchor   the head to anchor to (it must be stored among the data's heads), or null for the newest
     * @param exportId the id under which the export is recorded, or null
     * @throws IllegalStateException if there is no signed head, or the recorded leaves are not contiguous
     */
    public static Summary write(LedgerData data, BundleOutput output, EvidenceSelection selection, SignedTreeHead anchor,
                                Instant createdAt, String exportId) throws IOException {
        if (anchor == null) {
            anchor = data.latestHead().orElseThrow(() -> new IllegalStateException("the ledger has no signed tree head yet"));
        }
        long treeSize = anchor.treeSize();
        boolean full = selection.full();
        ObjectMapper json = EvidenceBundle.json();
        MerkleTree tree = new MerkleTree();
        try (LeafHashCursor leaves = data.leafHashes(treeSize);
             OutputStream leafFile = full ? output.file(EvidenceBundle.LEAVES) : OutputStream.nullOutputStream()) {
            while (leaves.next()) {
                if (leaves.leafIndex() != tree.size()) {
                    throw new IllegalStateException("the recorded leaves have a gap at leaf " + tree.size());
                }
                tree.append(leaves.hash());
                leafFile.write(leaves.hash());
            }
        }
        if (tree.size() != treeSize) {
            throw new IllegalStateException("the signed head covers " + treeSize + " leaves, the ledger records " + tree.size());
        }

        long eventCount = 0;
        long[] included = new long[16];
        Map<String, Long> eventTypes = new TreeMap<>();
        try (EventCursor events = data.events(treeSize, selection);
             DataOutputStream eventFile = new DataOutputStream(output.file(EvidenceBundle.EVENTS))) {
            while (events.next()) {
                eventFile.writeLong(events.leafIndex());
                eventFile.writeInt(events.length());
                eventFile.write(events.bytes(), events.offset(), events.length());
                if (!full) {
                    if (eventCount == included.length) {
                        included = java.util.Arrays.copyOf(included, included.length * 2);
                    }
                    included[(int) eventCount] = events.leafIndex();
                }
                eventTypes.merge(LedgerLeaf.payloadTypeOf(events.bytes(), events.offset(), events.length()), 1L,
                        Long::sum);
                eventCount++;
            }
        }
        if (!full) {
            try (OutputStream inclusion = output.file(EvidenceBundle.INCLUSION)) {
                for (int i = 0; i < eventCount; i++) {
                    inclusion.write(json.writeValueAsBytes(new EvidenceBundle.InclusionProof(included[i], treeSize,
                            hex(tree.inclusionProof(included[i], treeSize)))));
                    inclusion.write('\n');
                }
            }
        }

        List<SignedTreeHead> heads = data.heads(treeSize);
        writeJson(output, EvidenceBundle.HEADS, heads.stream().map(TreeHeadResponse::of).toList(), json);
        List<EvidenceBundle.ConsistencyProof> consistency = new ArrayList<>();
        long previous = -1;
        for (SignedTreeHead head : heads) {
            if (previous >= 0 && head.treeSize() > previous) {
                consistency.add(new EvidenceBundle.ConsistencyProof(previous, head.treeSize(),
                        hex(tree.consistencyProof(previous, head.treeSize()))));
            }
            previous = head.treeSize();
        }
        writeJson(output, EvidenceBundle.CONSISTENCY, consistency, json);
        writeJson(output, EvidenceBundle.PUBLIC_KEYS, data.publicKeys(), json);
        String root = HEX.formatHex(anchor.rootHash());
        String scope = full ? EvidenceBundle.SCOPE_FULL : EvidenceBundle.SCOPE_COMPANY;
        writeJson(output, EvidenceBundle.MANIFEST, new EvidenceBundle.Manifest(EvidenceBundle.FORMAT, EvidenceBundle.VERSION,
                scope, selection.companyId(), selection.subjectId(), selection.from(), selection.to(), treeSize, root,
                eventCount, createdAt, exportId), json);
        return new Summary(null, scope, selection.companyId(), treeSize, root, eventCount, selection, anchor, eventTypes);
    }

    private static void writeJson(BundleOutput output, String name, Object value, ObjectMapper json) throws IOException {
        try (OutputStream file = output.file(name)) {
            file.write(json.writerWithDefaultPrettyPrinter().writeValueAsBytes(value));
            file.write('\n');
        }
    }

    private static List<String> hex(List<byte[]> hashes) {
        return hashes.stream().map(HEX::formatHex).toList();
    }
}
