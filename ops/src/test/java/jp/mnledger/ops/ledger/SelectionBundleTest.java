package jp.mnledger.ops.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import jp.mnledger.kernel.ledger.LedgerLeaf;
import jp.mnledger.ops.ledger.bundle.EvidenceBundle;
import jp.mnledger.ops.ledger.bundle.EvidenceBundleWriter;
import jp.mnledger.ops.ledger.bundle.EvidenceSelection;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A subject's and a period's bundle (format version 2) from an in-memory ledger: they hold exactly the selected
 * events, both verifiers accept them, and the Java verifier refuses a genuine, genuinely included event of the
 * company that is outside the stated selection. Version 1 manifests still verify.
 */
class SelectionBundleTest {

    private static final Instant FROM = Instant.parse("2026-11-26T09:00:10Z");
    private static final Instant TO = Instant.parse("2026-11-26T09:00:20Z");

    @TempDir
    Path temp;
    private TestLedger ledger;

    @BeforeEach
    void setUp() {
        ledger = new TestLedger(40);
        ledger.signHead(20);
        ledger.signHead(40);
    }

    private Path write(String name, EvidenceSelection selection) throws IOException {
        Path dir = temp.resolve(name);
        EvidenceBundleWriter.write(ledger, dir, selection, null, Instant.parse("2026-11-26T10:00:00Z"), "export-1");
        return dir;
    }

    private List<Long> expected(EvidenceSelection selection) {
        List<Long> indices = new ArrayList<>();
        for (int i = 0; i < ledger.size(); i++) {
            if (selection.matches(ledger.leaf(i))) {
                indices.add((long) i);
            }
        }
        return indices;
    }

    private static List<Long> indices(Path bundle) throws IOException {
        return BundleTamperTest.readEvents(bundle).stream().map(BundleTamperTest.EventRecord::leafIndex).toList();
    }

    @Test
    void aSubjectsBundleHoldsExactlyItsEventsAndVerifies() throws Exception {
        EvidenceSelection subject = new EvidenceSelection(TestLedger.COMPANY_A, "s-3", null, null);
        Path bundle = write("subject", subject);
        assertThat(indices(bundle)).isEqualTo(expected(subject)).isNotEmpty().hasSizeLessThan(4);
        assertThat(EvidenceBundle.json().readTree(bundle.resolve(EvidenceBundle.MANIFEST).toFile()).get("subjectId").asText())
                .isEqualTo("s-3");
        BundleTamperTest.Run run = BundleTamperTest.verify(bundle.toString());
        assertThat(run.exit()).as(run.out()).isZero();
        assertThat(run.out()).contains("subject s-3");
        python(bundle);
    }

    @Test
    void aPeriodsBundleHoldsExactlyTheCompanysEventsOfThePeriodAndVerifies() throws Exception {
        EvidenceSelection period = new EvidenceSelection(TestLedger.COMPANY_A, null, FROM, TO);
        Path bundle = write("period", period);
        assertThat(indices(bundle)).isEqualTo(expected(period)).hasSize(7); // 10..19 without the three of company B
        BundleTamperTest.Run run = BundleTamperTest.verify(bundle.toString());
        assertThat(run.exit()).as(run.out()).isZero();
        python(bundle);
    }

    /** Leaf 25 is company A's, genuine, with a genuine proof — but not of the period the manifest states. */
    @Test
    void aGenuineEventOutsideTheStatedPeriodIsRefused() throws Exception {
        Path period = write("period", new EvidenceSelection(TestLedger.COMPANY_A, null, FROM, TO));
        Path company = write("company", EvidenceSelection.company(TestLedger.COMPANY_A));
        List<BundleTamperTest.EventRecord> events = new ArrayList<>(BundleTamperTest.readEvents(period));
        List<String> proofs = new ArrayList<>(Files.readAllLines(period.resolve(EvidenceBundle.INCLUSION)));
        List<BundleTamperTest.EventRecord> all = BundleTamperTest.readEvents(company);
        List<String> allProofs = Files.readAllLines(company.resolve(EvidenceBundle.INCLUSION));
        int late = indices(company).indexOf(25L);
        events.add(all.get(late));
        proofs.add(allProofs.get(late));
        BundleTamperTest.writeEvents(period, events);
        Files.writeString(period.resolve(EvidenceBundle.INCLUSION), String.join("\n", proofs) + "\n", StandardCharsets.UTF_8);
        ObjectNode manifest = (ObjectNode) EvidenceBundle.json().readTree(period.resolve(EvidenceBundle.MANIFEST).toFile());
        manifest.put("eventCount", events.size());
        EvidenceBundle.json().writeValue(period.resolve(EvidenceBundle.MANIFEST).toFile(), manifest);

        BundleTamperTest.Run run = BundleTamperTest.verify(period.toString(), "--json");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.kinds()).containsExactly("OUTSIDE_SELECTION");
        assertThat(run.firstBadIndex()).isEqualTo(25);
        assertThat(pythonExit(period)).as("docs/verify_bundle.py refuses it too").isIn(1, -1);
    }

    @Test
    void aVersionOneManifestStillVerifies() throws Exception {
        Path bundle = write("company", EvidenceSelection.company(TestLedger.COMPANY_B));
        ObjectNode manifest = (ObjectNode) EvidenceBundle.json().readTree(bundle.resolve(EvidenceBundle.MANIFEST).toFile());
        manifest.put("version", 1);
        manifest.remove(List.of("subjectId", "from", "to", "exportId"));
        EvidenceBundle.json().writeValue(bundle.resolve(EvidenceBundle.MANIFEST).toFile(), manifest);
        assertThat(BundleTamperTest.verify(bundle.toString()).exit()).isZero();
        manifest.put("version", 3);
        EvidenceBundle.json().writeValue(bundle.resolve(EvidenceBundle.MANIFEST).toFile(), manifest);
        assertThat(BundleTamperTest.verify(bundle.toString()).exit()).as("a version from the future is not guessed at").isNotZero();
    }

    @Test
    void theSelectionIsWhatTheSpecSays() {
        LedgerLeaf leaf = ledger.leaf(12); // company A, subject s-3, 09:00:12Z
        assertThat(new EvidenceSelection(TestLedger.COMPANY_A, "s-3", FROM, TO).matches(leaf)).isTrue();
        assertThat(new EvidenceSelection(TestLedger.COMPANY_A, "s-3", Instant.parse("2026-11-26T09:00:12Z"), null).matches(leaf))
                .as("the start is included").isTrue();
        assertThat(new EvidenceSelection(TestLedger.COMPANY_A, null, null, Instant.parse("2026-11-26T09:00:12Z")).matches(leaf))
                .as("the end is not").isFalse();
        assertThat(new EvidenceSelection(TestLedger.COMPANY_A, "s-4", null, null).mismatch(leaf)).isEqualTo("not about subject s-4");
        assertThat(EvidenceSelection.company(TestLedger.COMPANY_B).mismatch(leaf)).isEqualTo("not of company " + TestLedger.COMPANY_B);
        assertThat(EvidenceSelection.parseTime("2026-04-01T00:00:00 09:00")).as("a '+' decoded as a space")
                .isEqualTo(Instant.parse("2026-03-31T15:00:00Z"));
    }

    /** docs/verify_bundle.py on the bundle, if there is a python3; -1 when there is none. */
    private static int pythonExit(Path bundle) throws Exception {
        Path script = Path.of("..", "docs", "verify_bundle.py").toAbsolutePath().normalize();
        Process process;
        try {
            process = new ProcessBuilder("python3", script.toString(), bundle.toString()).redirectErrorStream(true).start();
        } catch (IOException noPython) {
            return -1;
        }
        process.getInputStream().readAllBytes();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return process.exitValue();
    }

    private static void python(Path bundle) throws Exception {
        assertThat(pythonExit(bundle)).isIn(0, -1);
    }
}
