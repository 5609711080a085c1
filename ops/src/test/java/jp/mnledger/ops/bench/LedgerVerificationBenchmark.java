package jp.mnledger.ops.bench;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import jp.mnledger.kernel.ledger.LedgerLeaf;
import jp.mnledger.kernel.ledger.LedgerPublicKeyResponse;
import jp.mnledger.kernel.ledger.MerkleHash;
import jp.mnledger.kernel.ledger.MerkleTree;
import jp.mnledger.kernel.ledger.SignedTreeHead;
import jp.mnledger.ops.ledger.Ed25519;
import jp.mnledger.ops.ledger.bundle.EventCursor;
import jp.mnledger.ops.ledger.bundle.EvidenceBundle;
import jp.mnledger.ops.ledger.bundle.EvidenceBundleWriter;
import jp.mnledger.ops.ledger.bundle.LeafHashCursor;
import jp.mnledger.ops.ledger.bundle.LedgerData;
import jp.mnledger.ops.ledger.verify.BundleSource;
import jp.mnledger.ops.ledger.verify.Report;
import jp.mnledger.ops.ledger.verify.Verifier;

/**
 * How fast the verifier checks a full evidence bundle of {@code bench.events} synthetic events of about 1 KiB
 * each (default 1,000,000), against raw SHA-256 of the same bytes (the bundle's events.bin and leaves.bin,
 * streamed from the same page cache) in the same run. Prints both rates and their ratio (target ≥ 0.5).
 *
 * <p>Not a test; run it with the {@code bench-ledger} profile (ops/BENCHMARKS.md). System properties:
 * {@code bench.events} (1000000), {@code bench.runs} (3 timed runs of each, interleaved, after one untimed
 * warm-up of each), {@code bench.headEvery} (a signed head every this many leaves, 100000),
 * {@code bench.dir} (where the ~1 GB bundle goes; default a temporary directory, deleted afterwards).
 */
public final class LedgerVerificationBenchmark {

    private static final OperatingSystemMXBean OS = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private LedgerVerificationBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Locale.setDefault(Locale.ROOT);
        int events = Integer.getInteger("bench.events", 1_000_000);
        int runs = Integer.getInteger("bench.runs", 3);
        int headEvery = Integer.getInteger("bench.headEvery", 100_000);
        String dirProperty = System.getProperty("bench.dir", "");
        Path base = dirProperty.isBlank() ? Files.createTempDirectory("mnledger-bench-") : Path.of(dirProperty);
        Path bundle = base.resolve("bundle-" + events);
        System.out.printf("mnledger ledger verification benchmark: events=%d runs=%d headEvery=%d, %d cores, JDK %s%n",
                events, runs, headEvery, Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        try {
            long start = System.nanoTime();
            SyntheticLedger ledger = new SyntheticLedger(events, headEvery);
            EvidenceBundleWriter.Summary summary = EvidenceBundleWriter.write(ledger, bundle, null, Instant.now());
            long eventBytes = Files.size(bundle.resolve(EvidenceBundle.EVENTS));
            long leafBytes = Files.size(bundle.resolve(EvidenceBundle.LEAVES));
            System.out.printf("bundle written in %.1f s: %d events, %d heads, events.bin %.1f MB (%.0f B per event), leaves.bin %.1f MB%n",
                    (System.nanoTime() - start) / 1e9, summary.eventCount(), ledger.heads(Long.MAX_VALUE).size(),
                    eventBytes / 1e6, (double) eventBytes / events, leafBytes / 1e6);

            List<Path> files = List.of(bundle.resolve(EvidenceBundle.EVENTS), bundle.resolve(EvidenceBundle.LEAVES));
            long bytes = eventBytes + leafBytes;
            System.out.println("warm-up (untimed): one raw pass and one verification");
            rawSha256(files);
            verify(bundle);

            List<Double> raw = new ArrayList<>();
            List<Double> verified = new ArrayList<>();
            List<Double> ratios = new ArrayList<>();
            System.out.println();
            System.out.println("| run | raw SHA-256 MB/s | verify MB/s | verify events/s | ratio | raw CPU/wall | verify CPU/wall | machine busy % |");
            System.out.println("|---:|---:|---:|---:|---:|---:|---:|---:|");
            for (int run = 1; run <= runs; run++) {
                Phase first;
                Phase second;
                if (run % 2 == 1) {
                    first = timed(() -> rawSha256(files));
                    second = timed(() -> verify(bundle));
                } else {
                    second = timed(() -> verify(bundle));
                    first = timed(() -> rawSha256(files));
                }
                double rawRate = bytes / first.seconds() / 1e6;
                double verifyRate = bytes / second.seconds() / 1e6;
                raw.add(rawRate);
                verified.add(verifyRate);
                ratios.add(verifyRate / rawRate);
                System.out.printf("| %d | %.0f | %.0f | %.0f | %.2f | %.2f | %.2f | %.0f |%n", run, rawRate, verifyRate,
                        events / second.seconds(), verifyRate / rawRate, first.cpuPerWall(), second.cpuPerWall(),
                        (first.machineBusy() + second.machineBusy()) / 2);
            }
            System.out.printf("| **median** | **%.0f** | **%.0f** | **%.0f** | **%.2f** | | | |%n", median(raw), median(verified),
                    median(verified) * 1e6 / ((double) bytes / events), median(ratios));
            System.out.printf("%nratio (verification ÷ raw SHA-256 of the same bytes), median of %d runs: %.2f (target ≥ 0.5)%n",
                    runs, median(ratios));
        } finally {
            if (dirProperty.isBlank()) {
                try (Stream<Path> walk = Files.walk(base)) {
                    walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }
    }

    interface Work {
        void run() throws Exception;
    }

    record Phase(double seconds, double cpuPerWall, double machineBusy) {
    }

    private static Phase timed(Work work) throws Exception {
        long[] before = machineTicks();
        long cpu = OS.getProcessCpuTime();
        long start = System.nanoTime();
        work.run();
        long wall = System.nanoTime() - start;
        long[] after = machineTicks();
        double busy = after[1] - before[1] == 0 ? 0 : 100.0 * (after[0] - before[0]) / (after[1] - before[1]);
        return new Phase(wall / 1e9, (double) (OS.getProcessCpuTime() - cpu) / wall, busy);
    }

    /** Busy and total jiffies of all cores (/proc/stat), or zeros where there is none. */
    private static long[] machineTicks() {
        try {
            String[] cpu = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long total = 0;
            for (int i = 1; i < cpu.length; i++) {
                total += Long.parseLong(cpu[i]);
            }
            long idle = Long.parseLong(cpu[4]) + Long.parseLong(cpu[5]);
            return new long[] {total - idle, total};
        } catch (IOException | RuntimeException e) {
            return new long[] {0, 0};
        }
    }

    /** SHA-256 of the files' bytes, streamed in 1 MiB reads: what hashing alone costs, I/O from the page cache included. */
    private static void rawSha256(List<Path> files) throws IOException {
        MessageDigest digest = MerkleHash.newSha256();
        byte[] buffer = new byte[1 << 20];
        for (Path file : files) {
            try (InputStream in = Files.newInputStream(file)) {
                for (int n; (n = in.read(buffer)) > 0; ) {
                    digest.update(buffer, 0, n);
                }
            }
        }
        if (digest.digest().length != 32) {
            throw new IllegalStateException();
        }
    }

    private static void verify(Path bundle) throws IOException {
        try (BundleSource source = BundleSource.open(bundle)) {
            Report report = Verifier.verify(source, Verifier.Options.none());
            if (report.result() != Report.Result.VERIFIED) {
                throw new IllegalStateException("the synthetic bundle did not verify: " + report.problems());
            }
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /**
     * Events generated from their index (so nothing but their hashes is held in memory), shaped like the
     * store's rows: a Subject event with a JSON payload around a base64 ciphertext and the audit metadata,
     * about 1 KiB of canonical bytes each; a signed head every {@code headEvery} leaves and at the end.
     */
    static final class SyntheticLedger implements LedgerData {

        private final int events;
        private final byte[] leafHashes;
        private final List<SignedTreeHead> heads = new ArrayList<>();
        private final byte[] publicKey;
        private final String keyId;

        SyntheticLedger(int events, int headEvery) {
            this.events = events;
            this.leafHashes = new byte[events * MerkleHash.SIZE];
            byte[] privateKey = Ed25519.generatePrivateKey();
            this.publicKey = Ed25519.publicKey(privateKey);
            this.keyId = Ed25519.keyId(publicKey);
            MerkleTree tree = new MerkleTree();
            Instant time = Instant.parse("2026-11-26T09:00:00Z");
            for (int i = 0; i < events; i++) {
                byte[] hash = MerkleHash.leaf(event(i));
                System.arraycopy(hash, 0, leafHashes, i * MerkleHash.SIZE, MerkleHash.SIZE);
                tree.append(hash);
                if ((i + 1) % headEvery == 0 || i + 1 == events) {
                    time = time.plusSeconds(60);
                    byte[] root = tree.root();
                    heads.add(new SignedTreeHead(i + 1, root, time, keyId,
                            Ed25519.sign(privateKey, SignedTreeHead.signingInput(i + 1, root, time, keyId))));
                }
            }
        }

        static byte[] event(int i) {
            SplittableRandom random = new SplittableRandom(i * 0x9E3779B97F4A7C15L);
            byte[] ciphertext = new byte[210];
            random.nextBytes(ciphertext);
            String subject = new java.util.UUID(random.nextLong(), random.nextLong()).toString();
            String payload = "{\"subjectId\":\"" + subject + "\",\"myNumber\":{\"keyVersion\":1,\"nonce\":\""
                    + Base64.getEncoder().encodeToString(java.util.Arrays.copyOf(ciphertext, 12)) + "\",\"ciphertext\":\""
                    + Base64.getEncoder().encodeToString(ciphertext) + "\"},\"channel\":\"PAPER\","
                    + "\"purposesNotified\":[\"WITHHOLDING_TAX\",\"SOCIAL_INSURANCE\"]}";
            String metadata = "{\"actor\":\"" + new java.util.UUID(random.nextLong(), random.nextLong()) + "\",\"role\":\"HANDLER\","
                    + "\"clientAddress\":\"192.0.2.10\",\"userAgent\":\"Mozilla/5.0 (Windows NT 10.0; Win64; x64)\",\"requestId\":\""
                    + new java.util.UUID(random.nextLong(), random.nextLong()) + "\",\"tenant\":\"" + new java.util.UUID(1, i % 50)
                    + "\",\"time\":\"2026-11-26T09:00:00.000Z\",\"traceId\":\"" + new java.util.UUID(random.nextLong(), i) + "\"}";
            return new LedgerLeaf(new java.util.UUID(random.nextLong(), i).toString(), "Subject", subject, i % 7, i + 1L,
                    "2026-11-26T09:00:00.000Z", "jp.mnledger.kernel.subject.MyNumberAcquiredEvent", "1",
                    payload.getBytes(StandardCharsets.UTF_8), metadata.getBytes(StandardCharsets.UTF_8)).encode();
        }

        @Override
        public Optional<SignedTreeHead> latestHead() {
            return Optional.of(heads.get(heads.size() - 1));
        }

        @Override
        public List<SignedTreeHead> heads(long maxTreeSize) {
            return heads.stream().filter(h -> h.treeSize() <= maxTreeSize).toList();
        }

        @Override
        public List<LedgerPublicKeyResponse> publicKeys() {
            return List.of(new LedgerPublicKeyResponse(keyId, Ed25519.ALGORITHM, Base64.getEncoder().encodeToString(publicKey),
                    Base64.getEncoder().encodeToString(Ed25519.subjectPublicKeyInfo(publicKey)), Instant.parse("2026-11-26T08:00:00Z"),
                    null));
        }

        @Override
        public LeafHashCursor leafHashes(long treeSize) {
            return new LeafHashCursor() {
                private final byte[] hash = new byte[MerkleHash.SIZE];
                private int index = -1;

                @Override
                public boolean next() {
                    if (++index >= treeSize) {
                        return false;
                    }
                    System.arraycopy(leafHashes, index * MerkleHash.SIZE, hash, 0, MerkleHash.SIZE);
                    return true;
                }

                @Override
                public long leafIndex() {
                    return index;
                }

                @Override
                public byte[] hash() {
                    return hash;
                }

                @Override
                public void close() {
                }
            };
        }

        @Override
        public EventCursor events(long treeSize, String companyId) {
            return new EventCursor() {
                private int index = -1;
                private byte[] bytes;

                @Override
                public boolean next() {
                    if (++index >= Math.min(treeSize, events)) {
                        return false;
                    }
                    bytes = event(index);
                    return true;
                }

                @Override
                public long leafIndex() {
                    return index;
                }

                @Override
                public byte[] bytes() {
                    return bytes;
                }

                @Override
                public int offset() {
                    return 0;
                }

                @Override
                public int length() {
                    return bytes.length;
                }

                @Override
                public void close() {
                }
            };
        }
    }
}
