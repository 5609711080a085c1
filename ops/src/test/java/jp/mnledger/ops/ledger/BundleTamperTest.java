package jp.mnledger.ops.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import jp.mnledger.kernel.ledger.MerkleHash;
import jp.mnledger.kernel.ledger.SignedTreeHead;
import jp.mnledger.kernel.ledger.TreeHeadResponse;
import jp.mnledger.ops.cli.Cli;
import jp.mnledger.ops.ledger.bundle.EvidenceBundle;
import jp.mnledger.ops.ledger.bundle.EvidenceBundleWriter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every kind of tampering an evidence bundle can suffer (LEDGER.md §2's list) is detected by
 * {@code verify} with exit status 1 and the first bad index named; an untampered bundle verifies (0);
 * bad usage is 2. The bundles are written by the real writer from a ledger in memory: 40 events of two
 * companies, signed heads at 10, 20, 33 and 40 leaves.
 */
class BundleTamperTest {

    private static final ObjectMapper JSON = EvidenceBundle.json();

    @TempDir
    Path temp;
    private TestLedger ledger;

    record Run(int exit, String out, String err) {
        JsonNode json() {
            try {
                return JSON.readTree(out);
            } catch (IOException e) {
                throw new IllegalStateException(out, e);
            }
        }

        long firstBadIndex() {
            return json().get("firstBadIndex").asLong();
        }

        List<String> kinds() {
            List<String> kinds = new ArrayList<>();
            json().get("problems").forEach(p -> kinds.add(p.get("kind").asText()));
            return kinds;
        }
    }

    @BeforeEach
    void ledger() {
        ledger = new TestLedger(40);
        for (long size : new long[] {10, 20, 33, 40}) {
            ledger.signHead(size);
        }
    }

    private int bundles;

    private Path full() throws IOException {
        Path dir = temp.resolve("full-" + ++bundles);
        EvidenceBundleWriter.write(ledger, dir, null, Instant.parse("2026-11-26T10:00:00Z"));
        return dir;
    }

    private Path company() throws IOException {
        Path dir = temp.resolve("company-" + ++bundles);
        EvidenceBundleWriter.write(ledger, dir, TestLedger.COMPANY_B, Instant.parse("2026-11-26T10:00:00Z"));
        return dir;
    }

    static Run verify(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String[] all = new String[args.length + 1];
        all[0] = "verify";
        System.arraycopy(args, 0, all, 1, args.length);
        int exit = Cli.run(all, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static Run verifyJson(Path bundle, String... more) {
        List<String> args = new ArrayList<>(List.of(bundle.toString(), "--json"));
        args.addAll(List.of(more));
        return verify(args.toArray(String[]::new));
    }

    // ---- events.bin as records ----

    record EventRecord(long leafIndex, byte[] bytes) {
    }

    static List<EventRecord> readEvents(Path bundle) throws IOException {
        List<EventRecord> records = new ArrayList<>();
        try (DataInputStream in = new DataInputStream(Files.newInputStream(bundle.resolve(EvidenceBundle.EVENTS)))) {
            while (in.available() > 0) {
                long index = in.readLong();
                byte[] bytes = new byte[in.readInt()];
                in.readFully(bytes);
                records.add(new EventRecord(index, bytes));
            }
        }
        return records;
    }

    static void writeEvents(Path bundle, List<EventRecord> records) throws IOException {
        try (DataOutputStream out = new DataOutputStream(Files.newOutputStream(bundle.resolve(EvidenceBundle.EVENTS)))) {
            for (EventRecord record : records) {
                out.writeLong(record.leafIndex());
                out.writeInt(record.bytes().length);
                out.write(record.bytes());
            }
        }
    }

    private static void flipLastByte(byte[] bytes) {
        bytes[bytes.length - 3] ^= 0x01; // inside the metadata JSON, still a well-formed leaf
    }

    // ---- untampered ----

    @Test
    void anUntamperedFullBundleVerifies() throws IOException {
        Run run = verify(full().toString());
        assertThat(run.exit()).as(run.out()).isZero();
        assertThat(run.out()).contains("RESULT: VERIFIED").contains("40 leaves recomputed").contains("検証成功");
    }

    @Test
    void anUntamperedCompanyBundleVerifiesEachEventByItsInclusionProof() throws IOException {
        Run run = verifyJson(company());
        assertThat(run.exit()).as(run.out()).isZero();
        assertThat(run.out()).contains("13 of company company-b");
    }

    @Test
    void aZippedBundleVerifies() throws IOException {
        Path zip = temp.resolve("bundle.zip");
        EvidenceBundleWriter.write(ledger, zip, null, Instant.now());
        assertThat(Files.isRegularFile(zip)).isTrue();
        assertThat(verify(zip.toString()).exit()).isZero();
    }

    @Test
    void oneEventsInclusionIsShownWithAnRfc9162Proof() throws IOException {
        String id = ledger.leaf(17).eventIdentifier();
        Run run = verify(full().toString(), "--event", id);
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("event " + id + ": leaf 17, included in the signed tree of size 40 (inclusion proof of 6 hashes verified)");
        assertThat(verify(company().toString(), "--event", ledger.leaf(17).eventIdentifier()).out()).contains("leaf 17, inclusion proof verified");
        Run unknown = verify(full().toString(), "--event", "no-such-event");
        assertThat(unknown.exit()).isEqualTo(1);
        assertThat(unknown.out()).contains("EVENT_NOT_FOUND");
    }

    @Test
    void theConsistencyOfTwoSignedHeadsIsShown() throws IOException {
        assertThat(verify(full().toString(), "--consistency", "10,33").out()).contains("consistency 10 → 33: shown");
        Run company = verify(company().toString(), "--consistency", "10,40");
        assertThat(company.exit()).isZero();
        assertThat(company.out()).contains("consistency 10 → 40: shown by the chain of consistency proofs");
        assertThat(verify(company().toString(), "--consistency", "10,11").exit()).isEqualTo(1);
    }

    @Test
    void anOlderKnownHeadIsConsistent() throws IOException {
        Path known = temp.resolve("known.json");
        JSON.writeValue(known.toFile(), TreeHeadResponse.of(ledger.heads(20).get(1)));
        assertThat(verify(full().toString(), "--known-head", known.toString()).exit()).isZero();
        assertThat(verify(company().toString(), "--known-head", known.toString()).exit()).isZero();
    }

    // ---- the tamper kinds ----

    @Test
    void aFlippedByteInAnEventIsFoundAtItsLeaf() throws IOException {
        Path bundle = full();
        List<EventRecord> events = readEvents(bundle);
        flipLastByte(events.get(23).bytes());
        writeEvents(bundle, events);

        Run run = verifyJson(bundle);
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.firstBadIndex()).isEqualTo(23);
        assertThat(run.json().get("firstBadIndexExact").asBoolean()).isTrue();
        assertThat(run.kinds()).containsExactly("EVENT_CHANGED");
        assertThat(verify(bundle.toString()).out()).contains("first bad index: 23").contains("最初の不正なインデックス: 23");
    }

    @Test
    void aDeletedEventIsFoundWhereItWas() throws IOException {
        Path bundle = full();
        List<EventRecord> events = readEvents(bundle);
        events.remove(7);
        writeEvents(bundle, events);

        Run run = verifyJson(bundle);
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.firstBadIndex()).isEqualTo(7);
        assertThat(run.kinds()).contains("EVENT_MISSING");
    }

    @Test
    void aDeletedEventIsFoundEvenWhenTheLaterOnesAreRenumbered() throws IOException {
        Path bundle = full();
        List<EventRecord> events = readEvents(bundle);
        events.remove(7);
        List<EventRecord> renumbered = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            renumbered.add(new EventRecord(i, events.get(i).bytes()));
        }
        writeEvents(bundle, renumbered);

        Run run = verifyJson(bundle);
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.firstBadIndex()).isEqualTo(7);
        assertThat(run.kinds()).contains("EVENT_CHANGED", "EVENT_MISSING");
    }

    @Test
    void twoSwappedEventsAreFoundAtTheFirst() throws IOException {
        Path bundle = full();
        List<EventRecord> events = readEvents(bundle);
        byte[] third = events.get(3).bytes();
        events.set(3, new EventRecord(3, events.get(9).bytes()));
        events.set(9, new EventRecord(9, third));
        writeEvents(bundle, events);

        Run run = verifyJson(bundle);
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.firstBadIndex()).isEqualTo(3);
    }

    @Test
    void twoSwappedRecordsWithTheirIndicesAreFoundAtTheFirst() throws IOException {
        Path bundle = full();
        List<EventRecord> events = readEvents(bundle);
        Collections.swap(events, 3, 9);
        writeEvents(bundle, events);

        Run run = verifyJson(bundle);
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.firstBadIndex()).isEqualTo(3);
    }

    @Test
    void aTruncatedTailIsFoundWhereItEnds() throws IOException {
        Path bundle = full();
        writeEvents(bundle, readEvents(bundle).subList(0, 36));
        byte[] leaves = Files.readAllBytes(bundle.resolve(EvidenceBundle.LEAVES));
        Files.write(bundle.resolve(EvidenceBundle.LEAVES), Arrays.copyOf(leaves, 36 * MerkleHash.SIZE));

        Run run = verifyJson(bundle);
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.firstBadIndex()).isEqualTo(36);
        assertThat(run.kinds()).contains("EVENT_MISSING", "LEAVES_TRUNCATED");
    }

    @Test
    void aBundleCutInTheMiddleOfARecordIsFoundThere() throws IOException {
        Path bundle = full();
        byte[] events = Files.readAllBytes(bundle.resolve(EvidenceBundle.EVENTS));
        Files.write(bundle.resolve(EvidenceBundle.EVENTS), Arrays.copyOf(events, events.length - 100));

        Run run = verifyJson(bundle);
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.firstBadIndex()).isEqualTo(39);
    }

    @Test
    void aForkOfTwoSignedHeadsOfOneSizeIsFound() throws IOException {
        // The server also signed a different tree of 33 leaves: leaf 25 replaced.
        jp.mnledger.kernel.ledger.MerkleTree other = new jp.mnledger.kernel.ledger.MerkleTree();
        for (int i = 0; i < 33; i++) {
            other.append(i == 25 ? MerkleHash.leaf(new byte[] {1}) : ledger.tree().leafHash(i));
        }
        ledger.addHead(ledger.forgeHead(33, other.root()));
        Path bundle = full();

        Run run = verifyJson(bundle);
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.kinds()).contains("FORK");
        assertThat(run.firstBadIndex()).isEqualTo(20);
        assertThat(run.json().get("firstBadIndexExact").asBoolean()).isFalse();
        assertThat(verify(bundle.toString()).out()).contains("fork: signed heads of size 33 with different roots");
        assertThat(verifyJson(company()).kinds()).contains("FORK");
    }

    @Test
    void aRollbackToAnOlderHeadIsRefused() throws IOException {
        Path known = temp.resolve("known.json");
        JSON.writeValue(known.toFile(), TreeHeadResponse.of(ledger.signHead(40)));
        for (int i = 0; i < 5; i++) {
            ledger.append(TestLedger.COMPANY_A);
        }
        JSON.writeValue(known.toFile(), TreeHeadResponse.of(ledger.signHead(45)));
        // A bundle that stops at the head of 40 leaves, shown to someone who already saw 45.
        TestLedger older = ledger;
        Path bundle = temp.resolve("older");
        EvidenceBundleWriter.write(new OlderView(older, 40), bundle, null, Instant.now());

        Run run = verifyJson(bundle, "--known-head", known.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.kinds()).contains("ROLLBACK");
        assertThat(run.firstBadIndex()).isEqualTo(40);
        assertThat(verifyJson(bundle).exit()).as("without the known head it looks fine").isZero();
    }

    @Test
    void aKnownHeadThatContradictsTheBundleIsAFork() throws IOException {
        Path known = temp.resolve("known.json");
        byte[] otherRoot = MerkleHash.leaf(new byte[] {9});
        JSON.writeValue(known.toFile(), TreeHeadResponse.of(ledger.forgeHead(25, otherRoot)));
        Run run = verifyJson(full(), "--known-head", known.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.kinds()).contains("EVENTS_DO_NOT_GIVE_THE_HEAD");
        assertThat(run.firstBadIndex()).isEqualTo(20);
        Run sameSize = verifyJson(full(), "--known-head", write(ledger.forgeHead(33, otherRoot)).toString());
        assertThat(sameSize.kinds()).contains("FORK");
    }

    private Path write(SignedTreeHead head) throws IOException {
        Path file = temp.resolve("head-" + head.treeSize() + "-" + head.timestamp().toEpochMilli() + ".json");
        JSON.writeValue(file.toFile(), TreeHeadResponse.of(head));
        return file;
    }

    // ---- forged proofs (company bundle) ----

    private static List<ObjectNode> readProofs(Path bundle) throws IOException {
        List<ObjectNode> proofs = new ArrayList<>();
        for (String line : Files.readAllLines(bundle.resolve(EvidenceBundle.INCLUSION))) {
            proofs.add((ObjectNode) JSON.readTree(line));
        }
        return proofs;
    }

    private static void writeProofs(Path bundle, List<ObjectNode> proofs) throws IOException {
        StringBuilder out = new StringBuilder();
        for (ObjectNode proof : proofs) {
            out.append(JSON.writeValueAsString(proof)).append('\n');
        }
        Files.writeString(bundle.resolve(EvidenceBundle.INCLUSION), out);
    }

    @Test
    void aForgedInclusionProofWithAChangedNodeIsRefusedAtItsLeaf() throws IOException {
        Path bundle = company();
        List<ObjectNode> proofs = readProofs(bundle);
        ObjectNode fourth = proofs.get(4); // leaf 14
        ArrayNode path = (ArrayNode) fourth.get("proof");
        path.set(1, TextNode.valueOf(HexFormat.of().formatHex(MerkleHash.leaf(new byte[] {7}))));
        writeProofs(bundle, proofs);

        Run run = verifyJson(bundle);
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.firstBadIndex()).isEqualTo(14);
        assertThat(run.kinds()).containsExactly("INCLUSION");
    }

    @Test
    void aForgedInclusionProofWithAnExtraOrMissingNodeIsRefused() throws IOException {
        Path bundle = company();
        List<ObjectNode> proofs = readProofs(bundle);
        ((ArrayNode) proofs.get(2).get("proof")).add(proofs.get(2).get("proof").get(0).asText()); // leaf 8
        ((ArrayNode) proofs.get(5).get("proof")).remove(0); // leaf 17
        writeProofs(bundle, proofs);

        Run run = verifyJson(bundle);
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.firstBadIndex()).isEqualTo(8);
        assertThat(run.json().get("problems")).hasSize(2);
    }

    /** GO-2022-1117: a genuine proof for an older signed tree passed off as one for the anchoring tree. */
    @Test
    void aProofForADifferentTreeSizeIsRefusedEvenIfItIsGenuineForThatSize() throws IOException {
        Path bundle = company();
        List<ObjectNode> proofs = readProofs(bundle);
        ObjectNode proof = proofs.get(0); // leaf 2
        assertThat(proof.get("leafIndex").asLong()).isEqualTo(2);
        ArrayNode older = JSON.createArrayNode();
        ledger.tree().inclusionProof(2, 33).forEach(h -> older.add(HexFormat.of().formatHex(h)));
        proof.set("treeSize", LongNode.valueOf(33));
        proof.set("proof", older);
        writeProofs(bundle, proofs);

        Run run = verifyJson(bundle);
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.firstBadIndex()).isEqualTo(2);
        assertThat(run.kinds()).containsExactly("PROOF_FOR_OTHER_TREE");
    }

    @Test
    void aProofForALeafIndexBeyondTheTreeIsRefused() throws IOException {
        Path bundle = company();
        List<EventRecord> events = readEvents(bundle);
        events.set(events.size() - 1, new EventRecord(40, events.get(events.size() - 1).bytes()));
        writeEvents(bundle, events);
        List<ObjectNode> proofs = readProofs(bundle);
        proofs.get(proofs.size() - 1).set("leafIndex", LongNode.valueOf(40));
        writeProofs(bundle, proofs);

        Run run = verifyJson(bundle);
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.firstBadIndex()).isEqualTo(40);
        assertThat(run.kinds()).contains("EVENT_BEYOND_ANCHOR");
    }

    @Test
    void aChangedEventInACompanyBundleFailsItsInclusionProof() throws IOException {
        Path bundle = company();
        List<EventRecord> events = readEvents(bundle);
        flipLastByte(events.get(3).bytes()); // leaf 11
        writeEvents(bundle, events);

        Run run = verifyJson(bundle);
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.firstBadIndex()).isEqualTo(11);
    }

    @Test
    void aForgedConsistencyProofIsRefused() throws IOException {
        Path bundle = company();
        ArrayNode consistency = (ArrayNode) JSON.readTree(bundle.resolve(EvidenceBundle.CONSISTENCY).toFile());
        ArrayNode path = (ArrayNode) consistency.get(1).get("proof"); // 20 → 33
        path.add(path.get(0).asText());
        JSON.writeValue(bundle.resolve(EvidenceBundle.CONSISTENCY).toFile(), consistency);

        Run run = verifyJson(bundle);
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.kinds()).contains("CONSISTENCY", "CONSISTENCY_MISSING");
        assertThat(run.firstBadIndex()).isEqualTo(20);
    }

    // ---- the recorded leaves and the heads themselves ----

    @Test
    void aChangedRecordedLeafIsFoundWhileTheEventsStillVerify() throws IOException {
        Path bundle = full();
        byte[] leaves = Files.readAllBytes(bundle.resolve(EvidenceBundle.LEAVES));
        leaves[12 * MerkleHash.SIZE + 5] ^= 1;
        Files.write(bundle.resolve(EvidenceBundle.LEAVES), leaves);

        Run run = verifyJson(bundle);
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.firstBadIndex()).isEqualTo(12);
        assertThat(run.kinds()).containsExactly("LEAVES_DIFFER");
    }

    @Test
    void anEventRewrittenTogetherWithItsRecordedLeafIsBoundedByTheSignedHeads() throws IOException {
        Path bundle = full();
        List<EventRecord> events = readEvents(bundle);
        flipLastByte(events.get(25).bytes());
        writeEvents(bundle, events);
        byte[] leaves = Files.readAllBytes(bundle.resolve(EvidenceBundle.LEAVES));
        System.arraycopy(MerkleHash.leaf(events.get(25).bytes()), 0, leaves, 25 * MerkleHash.SIZE, MerkleHash.SIZE);
        Files.write(bundle.resolve(EvidenceBundle.LEAVES), leaves);

        Run run = verifyJson(bundle);
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.kinds()).containsExactly("EVENTS_DO_NOT_GIVE_THE_HEAD");
        assertThat(run.firstBadIndex()).isEqualTo(20);
        assertThat(run.out()).contains("the first bad leaf is in [20, 33)");
    }

    @Test
    void aHeadWithABadSignatureIsRefused() throws IOException {
        Path bundle = full();
        ArrayNode heads = (ArrayNode) JSON.readTree(bundle.resolve(EvidenceBundle.HEADS).toFile());
        ObjectNode head = (ObjectNode) heads.get(2);
        head.put("timestamp", "2026-11-26T09:03:00.001Z");
        JSON.writeValue(bundle.resolve(EvidenceBundle.HEADS).toFile(), heads);

        Run run = verifyJson(bundle);
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.kinds()).containsExactly("HEAD_SIGNATURE");
    }

    @Test
    void pinnedPublicKeysRefuseHeadsOfAnyOtherKey() throws IOException {
        Path keys = temp.resolve("keys.json");
        JSON.writeValue(keys.toFile(), new TestLedger(1).publicKeys());
        Run run = verifyJson(full(), "--public-keys", keys.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.kinds()).contains("HEAD_UNKNOWN_KEY");
        JSON.writeValue(keys.toFile(), ledger.publicKeys());
        assertThat(verifyJson(full(), "--public-keys", keys.toString()).exit()).isZero();
    }

    @Test
    void aManifestClaimingAnOlderAnchorIsRefused() throws IOException {
        Path bundle = full();
        ObjectNode manifest = (ObjectNode) JSON.readTree(bundle.resolve(EvidenceBundle.MANIFEST).toFile());
        manifest.put("treeSize", 33);
        JSON.writeValue(bundle.resolve(EvidenceBundle.MANIFEST).toFile(), manifest);

        Run run = verifyJson(bundle);
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.kinds()).contains("ANCHOR_NOT_NEWEST");
        assertThat(run.firstBadIndex()).isEqualTo(33);
    }

    // ---- usage ----

    @Test
    void badUsageExitsWithTwo() throws IOException {
        assertThat(verify().exit()).isEqualTo(2);
        assertThat(verify("--frobnicate", "x").exit()).isEqualTo(2);
        assertThat(verify(temp.resolve("nothing-here").toString()).exit()).isEqualTo(2);
        assertThat(verify("a", "b").exit()).isEqualTo(2);
        assertThat(verify(full().toString(), "--jdbc-url", "jdbc:postgresql://localhost/x").exit()).isEqualTo(2);
        assertThat(verify(full().toString(), "--consistency", "9").exit()).isEqualTo(2);
        assertThat(verify(full().toString(), "--known-head", temp.resolve("missing.json").toString()).exit()).isEqualTo(2);
        assertThat(verify(full().toString(), "--event").err()).contains("--event needs a value");
    }

    @Test
    void helpExplainsTheExitStatuses() {
        Run run = verify("--help");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("Exit status: 0 verified, 1 tampered or inconsistent, 2 bad usage")
                .contains("--known-head").contains("--jdbc-url");
    }

    @Test
    void aDirectoryThatIsNotABundleIsNotVerified() throws IOException {
        Path empty = Files.createDirectories(temp.resolve("empty"));
        Run run = verify(empty.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains("RESULT: TAMPERED");
    }

    /** The view of a ledger up to an older head: what a server rolling back would export. */
    private record OlderView(TestLedger ledger, long size) implements jp.mnledger.ops.ledger.bundle.LedgerData {
        @Override
        public java.util.Optional<SignedTreeHead> latestHead() {
            return ledger.heads(size).stream().reduce((a, b) -> b);
        }

        @Override
        public List<SignedTreeHead> heads(long maxTreeSize) {
            return ledger.heads(Math.min(size, maxTreeSize));
        }

        @Override
        public List<jp.mnledger.kernel.ledger.LedgerPublicKeyResponse> publicKeys() {
            return ledger.publicKeys();
        }

        @Override
        public jp.mnledger.ops.ledger.bundle.LeafHashCursor leafHashes(long treeSize) {
            return ledger.leafHashes(treeSize);
        }

        @Override
        public jp.mnledger.ops.ledger.bundle.EventCursor events(long treeSize, String companyId) {
            return ledger.events(treeSize, companyId);
        }
    }
}
