package jp.mnledger.ops.pdf;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * What the Japanese summary of an evidence export (証跡バンドル概要書) shows: ids, counts, the anchoring signed
 * head — never a number, never a name (names are sealed; the bundle holds their ciphertext only).
 *
 * @param companyId  null for a bundle of the whole ledger
 * @param subjectId  null unless narrowed to one data subject
 * @param from       the period's start (inclusive), or null
 * @param to         the period's end (exclusive), or null
 * @param eventTypes events by payload type (the fully qualified class name as stored)
 * @param recorded   whether the export was recorded in the ledger (the server's export is; the read-only CLI's is not)
 */
public record EvidenceSummary(String exportId, String companyId, String subjectId, Instant from, Instant to,
                              Map<String, Long> eventTypes, long eventCount, long treeSize, String rootHash,
                              Instant headSignedAt, String keyId, Instant createdAt, boolean recorded) {

    public EvidenceSummary {
        Objects.requireNonNull(exportId, "exportId");
        eventTypes = Map.copyOf(eventTypes);
        Objects.requireNonNull(rootHash, "rootHash");
        Objects.requireNonNull(headSignedAt, "headSignedAt");
        Objects.requireNonNull(keyId, "keyId");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
