package jp.mnledger.ops.ledger;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.Map;
import jp.mnledger.kernel.ledger.SignedTreeHead;
import jp.mnledger.ops.ledger.bundle.BundleOutput;
import jp.mnledger.ops.ledger.bundle.EvidenceBundle;
import jp.mnledger.ops.ledger.bundle.EvidenceBundleWriter;
import jp.mnledger.ops.ledger.bundle.EvidenceSelection;
import jp.mnledger.ops.pdf.EvidenceSummary;
import jp.mnledger.ops.pdf.EvidenceSummaryRenderer;

/**
 * One evidence export, the same for the server's endpoint and the command line: the bundle of a selection
 * anchored to a signed head, then {@code summary.pdf}. Its contents are fixed (anchor, event count by type)
 * and handed to {@link BeforeWriting} before the first byte is written, so that the server records the
 * export before anything leaves it. No Spring: the caller brings a reader in a read-only snapshot.
 */
public final class EvidenceExport {

    /** What the export will hold; known before a byte of it is written. */
    public record Plan(String exportId, EvidenceSelection selection, SignedTreeHead anchor, Map<String, Long> eventTypes) {

        public long eventCount() {
            return eventTypes.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /** Runs once the plan is fixed: may record it, or refuse by throwing; then gives where the files go. */
    @FunctionalInterface
    public interface BeforeWriting {
        BundleOutput accept(Plan plan) throws IOException;
    }

    private EvidenceExport() {
    }

    /**
     * @param reader   the ledger in one read-only snapshot
     * @param anchor   the head to anchor to, or null for the newest stored one
     * @param recorded whether the export is recorded in the ledger (the summary says so)
     * @throws IllegalStateException if there is no signed head, or the bundle did not come out as planned
     */
    public static EvidenceBundleWriter.Summary write(JdbcLedgerReader reader, SignedTreeHead anchor, EvidenceSelection selection,
                                                     String exportId, Instant createdAt, boolean recorded,
                                                     BeforeWriting beforeWriting) throws IOException {
        SignedTreeHead head = anchor != null ? anchor : reader.latestHead()
                .orElseThrow(() -> new IllegalStateException("the ledger has no signed tree head yet"));
        Plan plan = new Plan(exportId, selection, head, reader.eventTypeCounts(head.treeSize(), selection));
        try (BundleOutput output = beforeWriting.accept(plan)) {
            EvidenceBundleWriter.Summary summary = EvidenceBundleWriter.write(reader, output, selection, head, createdAt, exportId);
            if (!summary.eventTypes().equals(plan.eventTypes())) {
                throw new IllegalStateException("the bundle holds other events than were counted for it");
            }
            byte[] pdf = new EvidenceSummaryRenderer().render(new EvidenceSummary(exportId, selection.companyId(),
                    selection.subjectId(), selection.from(), selection.to(), summary.eventTypes(), summary.eventCount(),
                    summary.treeSize(), summary.rootHash(), head.timestamp(), head.keyId(), createdAt, recorded));
            try (OutputStream file = output.file(EvidenceBundle.SUMMARY_PDF)) {
                file.write(pdf);
            }
            return summary;
        }
    }
}
