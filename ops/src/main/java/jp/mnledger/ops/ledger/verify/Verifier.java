package jp.mnledger.ops.ledger.verify;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import jp.mnledger.kernel.ledger.CompactRange;
import jp.mnledger.kernel.ledger.LedgerLeaf;
import jp.mnledger.kernel.ledger.LedgerPublicKeyResponse;
import jp.mnledger.kernel.ledger.MerkleHash;
import jp.mnledger.kernel.ledger.MerkleProofs;
import jp.mnledger.kernel.ledger.MerkleTree;
import jp.mnledger.kernel.ledger.SignedTreeHead;
import jp.mnledger.kernel.ledger.TreeHeadResponse;
import jp.mnledger.ops.ledger.Ed25519;
import jp.mnledger.ops.ledger.bundle.EventCursor;
import jp.mnledger.ops.ledger.bundle.EvidenceBundle;
import jp.mnledger.ops.ledger.bundle.EvidenceSelection;
import jp.mnledger.ops.ledger.bundle.LeafHashCursor;

/**
 * Verifies an evidence source offline, trusting nothing in it but what a valid Ed25519 signature of a
 * known key vouches for (docs/evidence-bundle.md §6):
 *
 * <ol>
 *   <li>every public key's id is derived from the key; every head's signature verifies under its key;</li>
 *   <li>heads agree: two signed heads of one size with different roots are a fork; a head the caller saw
 *       before ({@code --known-head}) must not be newer than the bundle's newest (a rollback), and must be in
 *       the bundle's history;</li>
 *   <li>consecutive heads are consistent (RFC 9162 consistency proofs, sizes and roots from the heads);</li>
 *   <li>full scope: every leaf is recomputed from its event and the root at every signed size compared;
 *       the recorded leaf hashes, once a signed root vouches for them, pinpoint the first changed event;
 *       company scope: every event's inclusion proof verifies against the anchoring head's size and root —
 *       never a size the proof names for itself (GO-2022-1117).</li>
 * </ol>
 *
 * Not thread-safe; one instance per run.
 */
public final class Verifier {

    private static final HexFormat HEX = HexFormat.of();

    /**
     * @param eventId     an event whose inclusion to show, or null
     * @param knownHead   a head the caller saw before (refuse a rollback, require consistency), or null
     * @param trustedKeys public keys to trust instead of the source's own list, or null
     * @param consistency two tree sizes whose heads to show consistent, or null
     */
    public record Options(String eventId, TreeHeadResponse knownHead, List<LedgerPublicKeyResponse> trustedKeys,
                          long[] consistency) {

        public static Options none() {
            return new Options(null, null, null, null);
        }
    }

    private final EvidenceSource source;
    private final Options options;
    private final Report report;
    private final Map<String, byte[]> keys = new LinkedHashMap<>();
    /** Validly signed heads by size (the known head included): the checkpoints. */
    private final NavigableMap<Long, List<SignedTreeHead>> headsBySize = new TreeMap<>();
    private final Set<Long> forkSizes = new TreeSet<>();
    /** The size of every head the source holds, valid or not. */
    private final Set<Long> headSizes = new TreeSet<>();
    private long anchorSize;
    private byte[] anchorRoot;
    private EvidenceSelection selection;

    private Verifier(EvidenceSource source, Options options) {
        this.source = source;
        this.options = options;
        this.report = new Report(source.description());
    }

    public static Report verify(EvidenceSource source, Options options) {
        Verifier verifier = new Verifier(source, options);
        try {
            verifier.run();
        } catch (IOException | UncheckedIOException e) {
            verifier.report.problem("UNREADABLE", null, false, "cannot read the evidence: " + e.getMessage());
        }
        return verifier.report;
    }

    private void run() throws IOException {
        anchorSize = source.anchorSize();
        selection = source.selection();
        report.fact("scope: " + (source.fullScope() ? "full (every leaf)" : "company " + source.companyId()
                + (selection.subjectId() == null ? "" : ", subject " + selection.subjectId())
                + (selection.from() == null && selection.to() == null ? ""
                        : ", period [" + (selection.from() == null ? "" : selection.from()) + ", "
                        + (selection.to() == null ? "" : selection.to()) + ")")
                + " (its events with inclusion proofs)") + ", anchored to tree size " + anchorSize);
        loadKeys();
        loadHeads();
        checkAnchor();
        checkKnownHead();
        Map<Long, Long> shownConsistent = checkConsistencyProofs();
        if (source.fullScope()) {
            new FullScope().run();
        } else {
            companyScope();
        }
        checkRequestedConsistency(shownConsistent);
    }

    // ---- keys and heads ----

    private void loadKeys() throws IOException {
        List<LedgerPublicKeyResponse> list = options.trustedKeys() != null ? options.trustedKeys() : source.publicKeys();
        for (LedgerPublicKeyResponse key : list) {
            byte[] raw;
            try {
                raw = Base64.getDecoder().decode(key.publicKey());
            } catch (IllegalArgumentException | NullPointerException e) {
                report.problem("KEY_MALFORMED", null, false, "the public key " + key.keyId() + " is not base64");
                continue;
            }
            if (!Ed25519.ALGORITHM.equals(key.algorithm()) || raw.length != Ed25519.KEY_SIZE) {
                report.problem("KEY_MALFORMED", null, false, "the public key " + key.keyId() + " is not an Ed25519 key");
            } else if (!Ed25519.keyIdMatches(key.keyId(), raw)) {
                report.problem("KEY_ID_MISMATCH", null, false, "the key id " + key.keyId() + " is not derived from its key");
            } else {
                keys.put(key.keyId(), raw);
            }
        }
        report.fact("public keys: " + keys.keySet() + (options.trustedKeys() != null ? " (pinned with --public-keys)"
                : " (taken from the evidence itself: pin them with --public-keys FILE)"));
    }

    private void loadHeads() throws IOException {
        int number = 0;
        int valid = 0;
        for (TreeHeadResponse raw : source.heads()) {
            number++;
            SignedTreeHead head = checkSignature(raw, "head #" + number);
            if (head != null) {
                addCheckpoint(head);
                valid++;
            }
        }
        report.fact("signed heads: " + valid + " of " + number + " with a valid signature");
    }

    private SignedTreeHead checkSignature(TreeHeadResponse raw, String name) {
        SignedTreeHead head;
        try {
            head = raw.toSignedTreeHead();
            headSizes.add(head.treeSize());
        } catch (RuntimeException e) {
            report.problem("HEAD_MALFORMED", null, false, name + " is malformed");
            return null;
        }
        byte[] key = keys.get(head.keyId());
        if (key == null) {
            report.problem("HEAD_UNKNOWN_KEY", null, false, name + " (size " + head.treeSize() + ") is signed with the unknown key "
                    + head.keyId());
            return null;
        }
        if (!Ed25519.verify(key, head.signingInput(), head.signature())) {
            report.problem("HEAD_SIGNATURE", null, false, name + " (size " + head.treeSize() + ", " + head.timestamp()
                    + "): the signature is invalid");
            return null;
        }
        return head;
    }

    private void addCheckpoint(SignedTreeHead head) {
        List<SignedTreeHead> same = headsBySize.computeIfAbsent(head.treeSize(), s -> new ArrayList<>());
        if (same.stream().noneMatch(h -> h.sameTreeAs(head))) {
            if (!same.isEmpty()) {
                forkSizes.add(head.treeSize());
            }
            same.add(head);
        }
    }

    private void checkAnchor() {
        List<SignedTreeHead> anchors = headsBySize.get(anchorSize);
        if (anchors == null) {
            report.problem("ANCHOR_MISSING", null, false, "no validly signed head of the anchoring size " + anchorSize);
        } else {
            anchorRoot = anchors.get(0).rootHash();
            report.fact("anchor: tree size " + anchorSize + ", root " + HEX.formatHex(anchorRoot) + ", signed "
                    + anchors.get(0).timestamp() + " by " + anchors.get(0).keyId());
        }
        Long larger = headsBySize.higherKey(anchorSize);
        if (larger != null) {
            report.problem("ANCHOR_NOT_NEWEST", anchorSize, false, "a signed head of size " + larger
                    + " is newer than the anchoring head of size " + anchorSize + ": leaves from " + anchorSize + " on are missing");
        }
    }

    private void checkKnownHead() {
        if (options.knownHead() == null) {
            return;
        }
        SignedTreeHead known = checkSignature(options.knownHead(), "the known head");
        if (known == null) {
            return;
        }
        if (known.treeSize() > anchorSize) {
            report.problem("ROLLBACK", anchorSize, true, "rollback: the newest head here has " + anchorSize
                    + " leaves, but a head of " + known.treeSize() + " leaves (" + known.timestamp()
                    + ") was seen before; leaves " + anchorSize + "–" + (known.treeSize() - 1) + " are missing");
            return;
        }
        List<SignedTreeHead> same = headsBySize.get(known.treeSize());
        if (same != null && same.stream().anyMatch(h -> h.sameTreeAs(known))) {
            report.fact("known head: size " + known.treeSize() + " is in this history");
        } else if (same == null && !source.fullScope()) {
            report.problem("KNOWN_HEAD_NOT_SHOWN", null, false, "the known head of size " + known.treeSize()
                    + " is not among the signed heads here, so its consistency cannot be shown");
        } else {
            // A checkpoint like any other: a different root at the same size is a fork; with every leaf at hand it is checked.
            addCheckpoint(known);
            report.fact("known head: size " + known.treeSize() + ", checked against the leaves");
        }
    }

    /** Verifies the consistency proofs; answers the verified pairs (from size → to size). */
    private Map<Long, Long> checkConsistencyProofs() throws IOException {
        Map<Long, Long> shown = new HashMap<>();
        int verified = 0;
        for (EvidenceBundle.ConsistencyProof proof : source.consistencyProofs()) {
            SignedTreeHead from = unique(proof.fromSize());
            SignedTreeHead to = unique(proof.toSize());
            if (from == null || to == null) {
                if (headSizes.contains(proof.fromSize()) && headSizes.contains(proof.toSize())) {
                    continue; // a head it connects is invalid or forked: reported as such
                }
                report.problem("CONSISTENCY_UNANCHORED", proof.fromSize(), false, "a consistency proof " + proof.fromSize()
                        + " → " + proof.toSize() + " does not connect two signed heads");
                continue;
            }
            List<byte[]> path = parse(proof.proof());
            if (path == null || !MerkleProofs.verifyConsistency(from.treeSize(), to.treeSize(), from.rootHash(), to.rootHash(), path)) {
                report.problem("CONSISTENCY", from.treeSize(), false, "the signed tree of size " + to.treeSize()
                        + " is not shown to extend the one of size " + from.treeSize() + ": the first bad leaf is in ["
                        + from.treeSize() + ", " + to.treeSize() + ")");
            } else {
                shown.put(from.treeSize(), to.treeSize());
                verified++;
            }
        }
        if (!source.fullScope()) {
            Long previous = null;
            for (Long size : headsBySize.keySet()) {
                if (previous != null && !size.equals(shown.get(previous)) && !forkSizes.contains(size)
                        && !forkSizes.contains(previous)) {
                    report.problem("CONSISTENCY_MISSING", previous, false, "no verified consistency proof between the heads of size "
                            + previous + " and " + size);
                }
                previous = size;
            }
        }
        report.fact("consistency proofs: " + verified + " verified");
        return shown;
    }

    private SignedTreeHead unique(long size) {
        List<SignedTreeHead> heads = headsBySize.get(size);
        return heads == null || heads.size() != 1 ? null : heads.get(0);
    }

    private void checkRequestedConsistency(Map<Long, Long> shown) {
        if (options.consistency() == null) {
            return;
        }
        long from = options.consistency()[0];
        long to = options.consistency()[1];
        if (unique(from) == null || unique(to) == null) {
            report.problem("CONSISTENCY", null, false, "there is no single validly signed head of size " + (unique(from) == null ? from : to));
            return;
        }
        if (source.fullScope()) {
            if (!report.hasProblem("EVENTS_DO_NOT_GIVE_THE_HEAD") && !report.hasProblem("EVENT_CHANGED")
                    && !report.hasProblem("EVENT_MISSING") && !report.hasProblem("FORK")) {
                report.fact("consistency " + from + " → " + to + ": shown (both signed roots recomputed from the same leaves)");
            }
            return;
        }
        long at = from;
        while (at < to && shown.containsKey(at)) {
            at = shown.get(at);
        }
        if (at == to) {
            report.fact("consistency " + from + " → " + to + ": shown by the chain of consistency proofs");
        } else {
            report.problem("CONSISTENCY", from, false, "the heads of size " + from + " and " + to + " are not shown consistent");
        }
    }

    private static List<byte[]> parse(List<String> hexHashes) {
        if (hexHashes == null) {
            return null;
        }
        List<byte[]> hashes = new ArrayList<>(hexHashes.size());
        try {
            for (String hash : hexHashes) {
                hashes.add(HEX.parseHex(hash));
            }
        } catch (IllegalArgumentException | NullPointerException e) {
            return null;
        }
        return hashes;
    }

    // ---- full scope: every leaf ----

    /** One pass over the events and the recorded leaf hashes together. */
    private final class FullScope {

        /** The recorded leaf hashes R, and the events' recomputed hashes E while they equal R (shared). */
        private final CompactRange recorded = new CompactRange();
        private CompactRange recomputed;
        private boolean recordedBroken;
        private boolean recomputedBroken;
        private final TreeSet<Long> eMatched = new TreeSet<>();
        private Long eFailedAt;
        private long rAuthentic;
        private Long rFailedAt;
        private Long firstDivergence;
        private final MerkleTree recordedTree = options.eventId() != null ? new MerkleTree() : null;
        private Long eventIndex;
        private byte[] eventHash;
        private Long eventsUnreadableAt;

        void run() throws IOException {
            long events = 0;
            if (headsBySize.containsKey(0L)) {
                checkpoint(0);
            }
            long[] checkpoints = headsBySize.keySet().stream().mapToLong(Long::longValue).filter(s -> s > 0).toArray();
            int nextCheckpoint = 0;
            try (EventCursor ev = source.events(); LeafHashCursor lh = source.recordedLeafHashes()) {
                boolean haveEvent = advance(ev, 0);
                boolean leavesReadable = true;
                long missingSince = -1;
                for (long i = 0; i < anchorSize; i++) {
                    byte[] rh = null;
                    if (leavesReadable) {
                        try {
                            if (lh.next()) {
                                rh = lh.hash().clone();
                            } else {
                                report.problem("LEAVES_TRUNCATED", i, true, "leaves.bin ends before leaf " + i);
                                leavesReadable = false;
                            }
                        } catch (IOException e) {
                            report.problem("LEAVES_TRUNCATED", i, true, e.getMessage());
                            leavesReadable = false;
                        }
                    }
                    while (haveEvent && ev.leafIndex() < i) {
                        report.problem("EVENT_OUT_OF_ORDER", ev.leafIndex(), true, "the event of leaf " + ev.leafIndex()
                                + " comes after leaf " + (i - 1));
                        haveEvent = advance(ev, i);
                    }
                    byte[] eh = null;
                    if (haveEvent && ev.leafIndex() == i) {
                        missingSince = reportMissing(missingSince, i);
                        events++;
                        String malformed = LedgerLeaf.problemWith(ev.bytes(), ev.offset(), ev.length());
                        if (malformed != null) {
                            report.problem("EVENT_MALFORMED", i, true, "the event of leaf " + i + " is not a well-formed leaf: "
                                    + malformed);
                        } else {
                            eh = MerkleHash.leaf(ev.bytes(), ev.offset(), ev.length());
                            if (options.eventId() != null && eventIndex == null
                                    && options.eventId().equals(LedgerLeaf.eventIdentifierOf(ev.bytes(), ev.offset(), ev.length()))) {
                                eventIndex = i;
                                eventHash = eh;
                            }
                        }
                        haveEvent = advance(ev, i + 1);
                    } else if (missingSince < 0) {
                        missingSince = i;
                    }
                    if (eh != null && rh != null && !MessageDigest.isEqual(eh, rh) && firstDivergence == null) {
                        firstDivergence = i;
                    }
                    append(rh, eh);
                    if (nextCheckpoint < checkpoints.length && checkpoints[nextCheckpoint] == i + 1) {
                        checkpoint(i + 1);
                        nextCheckpoint++;
                    }
                }
                reportMissing(missingSince, anchorSize);
                while (haveEvent) {
                    report.problem(ev.leafIndex() >= anchorSize ? "EVENT_BEYOND_ANCHOR" : "EVENT_OUT_OF_ORDER", ev.leafIndex(), true,
                            "the event of leaf " + ev.leafIndex() + " is not where the signed tree has it");
                    haveEvent = advance(ev, anchorSize);
                }
                if (leavesReadable && lh.next()) {
                    report.problem("LEAVES_BEYOND_ANCHOR", anchorSize, true, "leaves.bin holds more than the " + anchorSize
                            + " leaves of the anchoring head");
                }
            }
            conclude(events);
        }

        /** Names a run of missing events [since, until) once; answers -1 (no run open). */
        private long reportMissing(long since, long until) {
            if (since >= 0 && !(eventsUnreadableAt != null && eventsUnreadableAt == since)) {
                report.problem("EVENT_MISSING", since, true, until - since == 1 ? "the event of leaf " + since + " is missing"
                        : "the events of leaves " + since + "–" + (until - 1) + " are missing (" + (until - since) + ")");
            }
            return -1;
        }

        private boolean advance(EventCursor ev, long at) {
            try {
                return ev.next();
            } catch (IOException e) {
                report.problem("EVENTS_TRUNCATED", at, true, e.getMessage());
                eventsUnreadableAt = at;
                return false;
            }
        }

        private void append(byte[] rh, byte[] eh) {
            if (recomputed == null && rh != null && eh != null && MessageDigest.isEqual(rh, eh)) {
                recorded.append(rh); // the usual case: one node hash per leaf for both sequences
                if (recordedTree != null) {
                    recordedTree.append(rh);
                }
                return;
            }
            if (recomputed == null) {
                recomputed = recorded.copy();
                recomputedBroken = recordedBroken;
            }
            if (rh == null) {
                recordedBroken = true;
            } else if (!recordedBroken) {
                recorded.append(rh);
                if (recordedTree != null) {
                    recordedTree.append(rh);
                }
            }
            if (eh == null) {
                recomputedBroken = true;
            } else if (!recomputedBroken) {
                recomputed.append(eh);
            }
        }

        private CompactRange e() {
            return recomputed == null ? recorded : recomputed;
        }

        private boolean eBroken() {
            return recomputed == null ? recordedBroken : recomputedBroken;
        }

        private void checkpoint(long size) {
            List<SignedTreeHead> heads = headsBySize.get(size);
            if (!eBroken() && matchesAny(e().root(), heads)) {
                eMatched.add(size);
            } else if (eFailedAt == null) {
                eFailedAt = size;
            }
            if (!recordedBroken && matchesAny(recorded.root(), heads)) {
                if (rFailedAt == null) {
                    rAuthentic = size;
                }
            } else if (rFailedAt == null) {
                rFailedAt = size;
            }
        }

        private boolean matchesAny(byte[] root, List<SignedTreeHead> heads) {
            return heads.stream().anyMatch(h -> MessageDigest.isEqual(h.rootHash(), root));
        }

        private void conclude(long events) {
            boolean eventsAuthentic = eFailedAt == null && !eBroken();
            long recordedAuthenticUpTo = rFailedAt == null && !recordedBroken ? anchorSize : rAuthentic;
            if (eventsAuthentic) {
                report.fact("events: " + events + " leaves recomputed from their events; every signed root matches");
                if (firstDivergence != null) {
                    report.problem("LEAVES_DIFFER", firstDivergence, true, "the recorded hash of leaf " + firstDivergence
                            + " differs from its event (the events match every signed head)");
                }
            } else if (firstDivergence != null && firstDivergence < recordedAuthenticUpTo) {
                report.problem("EVENT_CHANGED", firstDivergence, true, "the event of leaf " + firstDivergence
                        + " does not give the leaf hash the signed tree holds (changed, replaced or moved)");
            } else if (eFailedAt != null && !hasExactProblemBelow(eFailedAt)) {
                Long below = eMatched.lower(eFailedAt);
                long from = below == null ? 0 : below;
                report.problem("EVENTS_DO_NOT_GIVE_THE_HEAD", from, false, "the events do not give the signed root of size "
                        + eFailedAt + ": the first bad leaf is in [" + from + ", " + eFailedAt + ")");
            }
            for (long size : forkSizes) {
                Long below = eMatched.lower(size);
                long from = below == null ? 0 : below;
                report.problem("FORK", from, false, "fork: signed heads of size " + size + " with different roots; the histories "
                        + "diverge at or after leaf " + from);
            }
            Long declared = source.declaredEventCount();
            if (declared != null && declared != events && !report.hasProblem("EVENT_MISSING")) {
                report.problem("EVENT_COUNT", null, false, "the manifest declares " + declared + " events, the bundle holds "
                        + events + " for the signed leaves");
            }
            if (source instanceof DatabaseSource database && database.leavesNewerThanTheAnchor() > 0) {
                report.fact(database.leavesNewerThanTheAnchor() + " newer leaves are not yet under a signed head (not verified; "
                        + "sign one with POST /api/v1/ledger/heads)");
            }
            if (options.eventId() != null) {
                showInclusion(eventsAuthentic, recordedAuthenticUpTo);
            }
        }

        private boolean hasExactProblemBelow(long size) {
            return report.problems().stream().anyMatch(p -> p.exact() && p.index() != null && p.index() < size);
        }

        private void showInclusion(boolean eventsAuthentic, long recordedAuthenticUpTo) {
            if (eventIndex == null) {
                report.problem("EVENT_NOT_FOUND", null, false, "the event " + options.eventId() + " is not among the signed leaves here");
                return;
            }
            if (anchorRoot != null && recordedAuthenticUpTo == anchorSize && recordedTree.size() == anchorSize) {
                List<byte[]> proof = recordedTree.inclusionProof(eventIndex, anchorSize);
                if (MerkleProofs.verifyInclusion(eventIndex, anchorSize, eventHash, proof, anchorRoot)) {
                    report.fact("event " + options.eventId() + ": leaf " + eventIndex + ", included in the signed tree of size "
                            + anchorSize + " (inclusion proof of " + proof.size() + " hashes verified)");
                } else {
                    report.problem("EVENT_CHANGED", eventIndex, true, "the event " + options.eventId() + " (leaf " + eventIndex
                            + ") is not included in the signed tree as it stands");
                }
            } else if (eventsAuthentic) {
                report.fact("event " + options.eventId() + ": leaf " + eventIndex + ", included (the whole tree was recomputed "
                        + "from the events and matches the signed root)");
            } else {
                report.problem("EVENT_NOT_SHOWN", eventIndex, false, "the inclusion of " + options.eventId()
                        + " cannot be shown: the evidence does not match its signed heads");
            }
        }
    }

    // ---- company scope: inclusion proofs ----

    private void companyScope() throws IOException {
        long events = 0;
        long previous = -1;
        boolean found = false;
        Iterator<EvidenceBundle.InclusionProof> proofs = source.inclusionProofs();
        try (EventCursor ev = source.events()) {
            while (true) {
                boolean next;
                try {
                    next = ev.next();
                } catch (IOException e) {
                    report.problem("EVENTS_TRUNCATED", previous + 1, false, e.getMessage());
                    break;
                }
                if (!next) {
                    break;
                }
                events++;
                long index = ev.leafIndex();
                EvidenceBundle.InclusionProof proof = nextProof(proofs, index);
                if (index <= previous) {
                    report.problem("EVENT_OUT_OF_ORDER", index, true, "the event of leaf " + index + " comes after leaf " + previous);
                }
                previous = Math.max(previous, index);
                if (index >= anchorSize) {
                    report.problem("EVENT_BEYOND_ANCHOR", index, true, "leaf " + index + " is not in the signed tree of size " + anchorSize);
                    continue;
                }
                String malformed = LedgerLeaf.problemWith(ev.bytes(), ev.offset(), ev.length());
                if (malformed != null) {
                    report.problem("EVENT_MALFORMED", index, true, "the event of leaf " + index + " is not a well-formed leaf: " + malformed);
                    continue;
                }
                byte[] leafHash = MerkleHash.leaf(ev.bytes(), ev.offset(), ev.length());
                checkInclusion(index, leafHash, proof);
                checkSelection(index, ev);
                if (options.eventId() != null
                        && options.eventId().equals(LedgerLeaf.eventIdentifierOf(ev.bytes(), ev.offset(), ev.length()))) {
                    found = true;
                    report.fact("event " + options.eventId() + ": leaf " + index + ", inclusion proof "
                            + (report.problems().stream().anyMatch(p -> Long.valueOf(index).equals(p.index())) ? "FAILED" : "verified")
                            + " against the signed tree of size " + anchorSize);
                }
            }
        }
        while (proofs.hasNext()) {
            EvidenceBundle.InclusionProof extra = nextProof(proofs, -1);
            boolean named = extra != null && extra != MALFORMED;
            report.problem("PROOF_WITHOUT_EVENT", named ? extra.leafIndex() : null, named,
                    "an inclusion proof has no event" + (named ? " (leaf " + extra.leafIndex() + ")" : ""));
        }
        Long declared = source.declaredEventCount();
        if (declared != null && declared != events) {
            report.problem("EVENT_COUNT", null, false, "the manifest declares " + declared + " events, the bundle holds " + events);
        }
        for (long size : forkSizes) {
            Long below = headsBySize.lowerKey(size);
            report.problem("FORK", below == null ? 0 : below, false, "fork: signed heads of size " + size
                    + " with different roots; the histories diverge at or after leaf " + (below == null ? 0 : below));
        }
        report.fact("events: " + events + " of company " + source.companyId() + ", each checked by its inclusion proof");
        report.fact("not shown by a company bundle: that no other event of the company exists (only a full bundle shows that)");
        if (options.eventId() != null && !found) {
            report.problem("EVENT_NOT_FOUND", null, false, "the event " + options.eventId() + " is not in this bundle");
        }
    }

    /** Stands for a line of inclusion.jsonl that is not an inclusion proof. */
    private static final EvidenceBundle.InclusionProof MALFORMED = new EvidenceBundle.InclusionProof(-1, -1, List.of());

    private EvidenceBundle.InclusionProof nextProof(Iterator<EvidenceBundle.InclusionProof> proofs, long index) {
        try {
            return proofs.hasNext() ? proofs.next() : null;
        } catch (IllegalArgumentException | UncheckedIOException e) {
            if (index >= 0) {
                report.problem("PROOF_MALFORMED", index, true, "the inclusion proof of leaf " + index + " is malformed");
            }
            return MALFORMED;
        }
    }

    private void checkInclusion(long index, byte[] leafHash, EvidenceBundle.InclusionProof proof) {
        if (proof == MALFORMED) {
            return;
        }
        if (proof == null) {
            report.problem("PROOF_MISSING", index, true, "the event of leaf " + index + " has no inclusion proof");
            return;
        }
        if (proof.leafIndex() != index) {
            report.problem("PROOF_MISMATCH", Math.min(index, proof.leafIndex()), true, "the inclusion proof of leaf "
                    + proof.leafIndex() + " stands where the one of leaf " + index + " belongs");
            return;
        }
        if (proof.treeSize() != anchorSize) {
            // GO-2022-1117: a proof is only ever checked against the signed head's own size and root.
            report.problem("PROOF_FOR_OTHER_TREE", index, true, "the inclusion proof of leaf " + index + " is for a tree of size "
                    + proof.treeSize() + ", not the signed tree of size " + anchorSize);
            return;
        }
        List<byte[]> path = parse(proof.proof());
        if (anchorRoot == null || path == null || !MerkleProofs.verifyInclusion(index, anchorSize, leafHash, path, anchorRoot)) {
            report.problem("INCLUSION", index, true, "the event of leaf " + index + " is not shown included in the signed tree of size "
                    + anchorSize + " (the event or its proof was changed)");
        }
    }

    /** The event must be the company's (FOREIGN_EVENT), and of the subject and period the bundle says (OUTSIDE_SELECTION). */
    private void checkSelection(long index, EventCursor ev) {
        LedgerLeaf leaf;
        try {
            leaf = LedgerLeaf.decode(ev.bytes(), ev.offset(), ev.length());
        } catch (RuntimeException e) {
            report.problem("FOREIGN_EVENT", index, true, "the metadata of the event of leaf " + index + " names no company");
            return;
        }
        if (source.companyId() == null || !EvidenceSelection.company(source.companyId()).matches(leaf)) {
            report.problem("FOREIGN_EVENT", index, true, "the event of leaf " + index + " is not of company " + source.companyId());
            return;
        }
        String mismatch = selection.mismatch(leaf);
        if (mismatch != null) {
            report.problem("OUTSIDE_SELECTION", index, true, "the event of leaf " + index + " is " + mismatch);
        }
    }

    /** Heads in the order a reader expects them (size, then time). */
    static Comparator<SignedTreeHead> headOrder() {
        return Comparator.comparingLong(SignedTreeHead::treeSize).thenComparing(SignedTreeHead::timestamp);
    }
}
