package jp.mnledger.ops.ledger.verify;

import java.io.Closeable;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import jp.mnledger.kernel.ledger.LedgerPublicKeyResponse;
import jp.mnledger.kernel.ledger.TreeHeadResponse;
import jp.mnledger.ops.ledger.bundle.EventCursor;
import jp.mnledger.ops.ledger.bundle.EvidenceBundle;
import jp.mnledger.ops.ledger.bundle.EvidenceSelection;
import jp.mnledger.ops.ledger.bundle.LeafHashCursor;

/** What the verifier checks: an evidence bundle, or the live database read-only. Nothing in it is trusted. */
public interface EvidenceSource extends Closeable {

    String description();

    /** Full scope: every leaf's event and recorded hash. Otherwise one company's events with inclusion proofs. */
    boolean fullScope();

    /** The company of a company-scoped source. */
    String companyId();

    /** The events the source says it holds: every event it holds must belong to it. */
    default EvidenceSelection selection() {
        return fullScope() ? EvidenceSelection.everything() : EvidenceSelection.company(companyId());
    }

    /** The tree size the source says it is anchored to: its newest signed head. */
    long anchorSize();

    /** How many events the source says it holds, or null if it does not say. */
    Long declaredEventCount();

    List<TreeHeadResponse> heads() throws IOException;

    List<LedgerPublicKeyResponse> publicKeys() throws IOException;

    List<EvidenceBundle.ConsistencyProof> consistencyProofs() throws IOException;

    EventCursor events() throws IOException;

    /** The recorded leaf hashes (full scope), or null. */
    LeafHashCursor recordedLeafHashes() throws IOException;

    /** The inclusion proofs (company scope), in the order of the events. */
    Iterator<EvidenceBundle.InclusionProof> inclusionProofs() throws IOException;
}
