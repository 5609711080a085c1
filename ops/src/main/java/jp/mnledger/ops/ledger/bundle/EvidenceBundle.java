package jp.mnledger.ops.ledger.bundle;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.time.Instant;
import java.util.List;

/**
 * The evidence bundle's format (docs/evidence-bundle.md): its file names and the JSON shapes of its
 * small files. A bundle is a directory or a zip holding these files at its top level.
 */
public final class EvidenceBundle {

    public static final String FORMAT = "mnledger-evidence-bundle";
    /** Written by this version; version 1 (no selection fields) is still read. */
    public static final int VERSION = 2;

    public static final String MANIFEST = "manifest.json";
    /** Leaf records: 8-byte leaf index, 4-byte length, canonical leaf bytes; big-endian; in leaf order. */
    public static final String EVENTS = "events.bin";
    /** Full scope: the recorded hash of every leaf, 32 bytes each, in leaf order. */
    public static final String LEAVES = "leaves.bin";
    public static final String HEADS = "heads.json";
    public static final String CONSISTENCY = "consistency.json";
    /** Company scope: one JSON line per event, its inclusion proof in the anchoring head's tree. */
    public static final String INCLUSION = "inclusion.jsonl";
    public static final String PUBLIC_KEYS = "public-keys.json";
    /** Not part of the evidence: a Japanese summary for people, which the verifier does not read. */
    public static final String SUMMARY_PDF = "summary.pdf";

    public static final String SCOPE_FULL = "full";
    public static final String SCOPE_COMPANY = "company";

    private EvidenceBundle() {
    }

    /**
     * @param subjectId  company scope narrowed to one data subject, or null (version 2)
     * @param from       company scope narrowed to events at or after this time, or null (version 2)
     * @param to         company scope narrowed to events before this time, or null (version 2)
     * @param treeSize   the size of the anchoring head: the newest head in the bundle, which every proof is for
     * @param rootHash   its root, hex
     * @param eventCount the records in events.bin
     * @param exportId   the id under which the export was recorded in the ledger (null if it was not, version 2)
     */
    public record Manifest(String format, int version, String scope, String companyId, String subjectId, Instant from,
                           Instant to, long treeSize, String rootHash, long eventCount, Instant createdAt, String exportId) {

        /** The events the manifest says the bundle holds. */
        public EvidenceSelection selection() {
            return SCOPE_FULL.equals(scope) ? EvidenceSelection.everything()
                    : new EvidenceSelection(companyId, subjectId, from, to);
        }
    }

    /** That the tree of {@code fromSize} leaves is a prefix of the tree of {@code toSize} leaves (hex hashes). */
    public record ConsistencyProof(long fromSize, long toSize, List<String> proof) {
    }

    /** That leaf {@code leafIndex} is in the tree of {@code treeSize} leaves (hex hashes, leaf level first). */
    public record InclusionProof(long leafIndex, long treeSize, List<String> proof) {
    }

    /** The JSON mapper of bundle files: ISO-8601 times, unknown fields refused. */
    public static ObjectMapper json() {
        return new ObjectMapper().findAndRegisterModules()
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }
}
