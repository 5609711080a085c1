package jp.mnledger.ops.ledger.bundle;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import jp.mnledger.kernel.ledger.LedgerPublicKeyResponse;
import jp.mnledger.kernel.ledger.SignedTreeHead;

/** What an evidence bundle is made of, wherever it is kept (the database, or a generator in a benchmark). */
public interface LedgerData {

    /** The newest signed head: the largest tree, the latest signature among equals. */
    Optional<SignedTreeHead> latestHead() throws IOException;

    /** Every signed head of at most {@code maxTreeSize} leaves, by size, then time. */
    List<SignedTreeHead> heads(long maxTreeSize) throws IOException;

    /** Every public key that signs or signed heads, oldest first. */
    List<LedgerPublicKeyResponse> publicKeys() throws IOException;

    /** The recorded hashes of leaves 0 … treeSize − 1. */
    LeafHashCursor leafHashes(long treeSize) throws IOException;

    /**
     * The events of leaves 0 … treeSize − 1 — all, or those whose metadata names {@code companyId} as their
     * tenant — as canonical leaf bytes. A leaf whose event row is gone is skipped (the verifier names it).
     */
    EventCursor events(long treeSize, String companyId) throws IOException;

    /**
     * The events of leaves 0 … treeSize − 1 that the selection holds. This default filters the company's
     * events by {@link EvidenceSelection#matches}; a store that can select faster overrides it.
     */
    default EventCursor events(long treeSize, EvidenceSelection selection) throws IOException {
        EventCursor all = events(treeSize, selection.companyId());
        if (selection.subjectId() == null && selection.from() == null && selection.to() == null) {
            return all;
        }
        return new EventCursor() {
            @Override
            public boolean next() throws IOException {
                while (all.next()) {
                    if (selection.matches(jp.mnledger.kernel.ledger.LedgerLeaf.decode(all.bytes(), all.offset(), all.length()))) {
                        return true;
                    }
                }
                return false;
            }

            @Override
            public long leafIndex() {
                return all.leafIndex();
            }

            @Override
            public byte[] bytes() {
                return all.bytes();
            }

            @Override
            public int offset() {
                return all.offset();
            }

            @Override
            public int length() {
                return all.length();
            }

            @Override
            public void close() throws IOException {
                all.close();
            }
        };
    }
}
