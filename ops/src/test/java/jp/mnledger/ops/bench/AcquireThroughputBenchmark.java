package jp.mnledger.ops.bench;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.ToDoubleFunction;
import jdk.jfr.Recording;
import jp.mnledger.command.keyvault.KeyVaultProperties;
import jp.mnledger.kernel.seal.PersonalName;
import jp.mnledger.kernel.subject.AcquireMyNumberCommand;
import jp.mnledger.kernel.subject.AcquisitionChannel;
import jp.mnledger.kernel.subject.RegisterSubjectCommand;
import jp.mnledger.kernel.subject.SubjectKind;
import org.axonframework.commandhandling.gateway.CommandGateway;

/**
 * Acquire-My-Number commands per second through the real command path (CommandGateway → authorisation →
 * Subject aggregate → key vault sealing with AES-GCM → JDBC event store on the embedded PostgreSQL, fsync
 * on), against, in the same run and the same database, a raw JDBC insert of as many rows of the same size
 * at the same concurrency, one row per commit. Prints both rates and their ratio (target ≥ 0.5).
 *
 * <p>Not a test (Surefire never runs it); run it with the {@code bench} profile, see ops/BENCHMARKS.md.
 * System properties:
 * <ul>
 *   <li>{@code bench.events}: timed acquires (and raw rows) per run, default 5000;</li>
 *   <li>{@code bench.threads}: a comma-separated list of concurrencies, default 8;</li>
 *   <li>{@code bench.runs}: runs per concurrency, each on a fresh server and data directory, default 1;</li>
 *   <li>{@code bench.warmup}: untimed acquires (and raw rows) before each timed phase, default 3000;</li>
 *   <li>{@code bench.actor}: {@code handler} (default) — an appointed handler, through authorisation;
 *       {@code system} — the server's own actor, which authorisation lets through (a diagnostic);</li>
 *   <li>{@code bench.stopProcessors}: diagnostic — stop the streaming event processors (projections)
 *       before the measured phases, default false;</li>
 *   <li>{@code bench.diagnostics}: PostgreSQL counters per operation, default true;</li>
 *   <li>{@code bench.jfr}: diagnostic — a directory for a Java Flight Recording of each timed command
 *       phase.</li>
 * </ul>
 */
public final class AcquireThroughputBenchmark {

    private static final Duration CATCH_UP_LIMIT = Duration.ofMinutes(5);

    record Config(int events, List<Integer> threads, int runs, int warmup, String actor, boolean stopProcessors,
                  boolean diagnostics, String jfrDirectory) {

        static Config fromSystemProperties() {
            List<Integer> threads = Arrays.stream(System.getProperty("bench.threads", "8").split(","))
                    .map(String::strip).filter(s -> !s.isEmpty()).map(Integer::valueOf).toList();
            Config config = new Config(Integer.getInteger("bench.events", 5000), threads,
                    Integer.getInteger("bench.runs", 1), Integer.getInteger("bench.warmup", 3000),
                    System.getProperty("bench.actor", "handler"),
                    Boolean.parseBoolean(System.getProperty("bench.stopProcessors", "false")),
                    Boolean.parseBoolean(System.getProperty("bench.diagnostics", "true")),
                    System.getProperty("bench.jfr", ""));
            if (config.events <= 0 || config.runs <= 0 || config.warmup < 0 || threads.isEmpty()
                    || threads.stream().anyMatch(t -> t <= 0)) {
                throw new IllegalArgumentException("bad benchmark parameters: " + config);
            }
            return config;
        }
    }

    record RunResult(int threads, int run, LoadRunner.Result command, LoadRunner.Result raw,
                     RawInsertPhase.EventShape shape, Duration projectionCatchUp, int projectionBehind,
                     String commandCounters, String rawCounters, CpuMeter.Usage commandCpu,
                     CpuMeter.Usage rawCpu) {

        double ratio() {
            return command.perSecond() / raw.perSecond();
        }

        /** Whether other processes took more than a tenth as much CPU as the benchmark in either phase. */
        boolean contaminated() {
            return List.of(commandCpu, rawCpu).stream().anyMatch(u ->
                    u.otherMicrosPerOp() > 0.1 * (u.jvmMicrosPerOp() + u.postgresMicrosPerOp()));
        }
    }

    private AcquireThroughputBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Locale.setDefault(Locale.ROOT);
        Config config = Config.fromSystemProperties();
        System.out.printf("mnledger acquire throughput benchmark: events=%d threads=%s runs=%d warmup=%d actor=%s"
                        + " stopProcessors=%s, %d cores, Java %s%n", config.events, config.threads, config.runs,
                config.warmup, config.actor, config.stopProcessors, Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"));
        List<RunResult> results = new ArrayList<>();
        // Interleaved (1, 8, 1, 8, ...): drift on the machine and the JIT's progress in this JVM spread over
        // every thread count instead of favouring the last one.
        for (int run = 1; run <= config.runs; run++) {
            for (int threads : config.threads) {
                RunResult result = runOnce(config, threads, run);
                results.add(result);
                printRun(result, config.diagnostics);
            }
        }
        printTable("All runs (* = contaminated by other processes)", results);
        if (config.runs > 1) {
            printMedians(config, results);
        }
        boolean failed = results.stream().anyMatch(r -> r.command.failures() > 0 || r.raw.failures() > 0);
        if (failed) {
            throw new IllegalStateException("some operations failed; see the lines above");
        }
    }

    private static RunResult runOnce(Config config, int threads, int run) throws Exception {
        System.out.printf("%n--- threads=%d run %d/%d: starting a fresh server ---%n", threads, run, config.runs);
        try (BenchServer server = BenchServer.start()) {
            int poolSize = server.bean(HikariDataSource.class).getMaximumPoolSize();
            if (threads > poolSize) {
                throw new IllegalArgumentException("threads=" + threads + " exceeds the connection pool ("
                        + poolSize + "); the raw phase holds one connection per thread");
            }
            CommandGateway gateway = server.commandGateway();
            BenchTenant tenant = BenchTenant.create(gateway, config.actor);
            String companyId = tenant.companyId();

            // Untimed set-up: the subjects of the warm-up and of the timed phase.
            int total = config.warmup + config.events;
            String[] subjects = new String[total];
            for (int i = 0; i < total; i++) {
                subjects[i] = UUID.randomUUID().toString();
            }
            long setupStart = System.nanoTime();
            LoadRunner.Result registered = LoadRunner.run("register", total, Math.min(8, poolSize), (w, i) ->
                    gateway.sendAndWait(new RegisterSubjectCommand(subjects[i], companyId, SubjectKind.EMPLOYEE,
                            new PersonalName("ベンチ 太郎"), "E" + i, null, null, null), tenant.metaData()));
            requireNoFailures("register", registered);
            long registeredAt = System.nanoTime();
            server.awaitProjection(companyId, total, 0, CATCH_UP_LIMIT);
            System.out.printf("set-up: 1 company and %d subjects registered in %.1f s (%.0f/s), projection caught up%n",
                    total, (registeredAt - setupStart) / 1e9, registered.perSecond());
            // Registration leaves each subject's data key in the key vault's cache for its TTL. A real acquire
            // comes long after registration and finds the key cold (a look-up and an unwrap); so do ours, and
            // the result does not depend on how long the set-up happened to take.
            Duration ttl = server.bean(KeyVaultProperties.class).dataKeyCacheTtl();
            long waitNanos = ttl.toNanos() + 1_000_000_000L - (System.nanoTime() - registeredAt);
            if (waitNanos > 0) {
                System.out.printf("waiting %.0f s for the data keys cached at registration to expire (TTL %s)%n",
                        waitNanos / 1e9, ttl);
                Thread.sleep(waitNanos / 1_000_000);
            }

            if (config.stopProcessors) {
                for (var entry : server.streamingProcessors().entrySet()) {
                    entry.getValue().shutDown();
                    System.out.println("diagnostic: stopped event processor " + entry.getKey());
                }
            }

            if (config.warmup > 0) {
                LoadRunner.Result warm = LoadRunner.run("warmup", config.warmup, threads,
                        (w, i) -> acquire(gateway, tenant, subjects[i]));
                requireNoFailures("warm-up", warm);
                if (!config.stopProcessors) {
                    server.awaitProjection(companyId, total, config.warmup, CATCH_UP_LIMIT);
                }
                System.out.printf("warm-up: %d acquires at %.0f/s%n", config.warmup, warm.perSecond());
            }

            DbCounters before = config.diagnostics ? DbCounters.read(server.dataSource(), poolSize) : null;
            Recording recording = startRecording(config);
            CpuMeter commandMeter = CpuMeter.start(server.postgresDataDir());
            LoadRunner.Result command = LoadRunner.run("acquire", config.events, threads,
                    (w, i) -> acquire(gateway, tenant, subjects[config.warmup + i]));
            CpuMeter.Usage commandCpu = commandMeter.stop(command, "load threads (command path)");
            stopRecording(recording, config, threads, run);
            int projected = config.stopProcessors ? total : server.jdbc().queryForObject(
                    "SELECT count(*) FROM read_model.subject WHERE company_id = ? AND my_number_status = 'ACQUIRED'",
                    Integer.class, companyId);
            Duration catchUp = config.stopProcessors ? Duration.ZERO
                    : server.awaitProjection(companyId, total, total, CATCH_UP_LIMIT);
            String commandCounters = config.diagnostics
                    ? DbCounters.read(server.dataSource(), poolSize).perOperationSince(before, config.events) : "";

            Integer acquiredEvents = server.jdbc().queryForObject(
                    "SELECT count(*) FROM axon.domainevententry WHERE payloadtype LIKE '%MyNumberAcquiredEvent'",
                    Integer.class);
            if (command.failures() == 0 && acquiredEvents != total) {
                throw new IllegalStateException("expected " + total + " acquire events, found " + acquiredEvents);
            }

            // The raw phase: same database, same pool, same concurrency, same count, same row sizes.
            RawInsertPhase.EventShape shape = RawInsertPhase.measure(server.jdbc());
            RawInsertPhase.createTable(server.jdbc());
            RawInsertPhase raw = new RawInsertPhase(server.dataSource(), shape);
            if (config.warmup > 0) {
                requireNoFailures("raw warm-up", raw.run("raw-warmup", config.warmup, threads));
            }
            DbCounters rawBefore = config.diagnostics ? DbCounters.read(server.dataSource(), poolSize) : null;
            CpuMeter rawMeter = CpuMeter.start(server.postgresDataDir());
            LoadRunner.Result rawResult = raw.run("raw", config.events, threads);
            CpuMeter.Usage rawCpu = rawMeter.stop(rawResult, "load threads (JDBC inserts)");
            String rawCounters = config.diagnostics
                    ? DbCounters.read(server.dataSource(), poolSize).perOperationSince(rawBefore, config.events) : "";
            return new RunResult(threads, run, command, rawResult, shape, catchUp,
                    total - projected, commandCounters, rawCounters, commandCpu, rawCpu);
        }
    }

    private static Recording startRecording(Config config) throws Exception {
        if (config.jfrDirectory.isBlank()) {
            return null;
        }
        Recording recording = new Recording(jdk.jfr.Configuration.getConfiguration("profile"));
        recording.enable("jdk.ExecutionSample").withPeriod(Duration.ofMillis(2));
        recording.start();
        return recording;
    }

    private static void stopRecording(Recording recording, Config config, int threads, int run) throws Exception {
        if (recording == null) {
            return;
        }
        recording.stop();
        Path file = Path.of(config.jfrDirectory, "acquire-t" + threads + "-r" + run + ".jfr");
        Files.createDirectories(file.getParent());
        recording.dump(file);
        recording.close();
        System.out.println("  flight recording of the timed command phase: " + file.toAbsolutePath());
    }

    private static void acquire(CommandGateway gateway, BenchTenant tenant, String subjectId) {
        gateway.sendAndWait(new AcquireMyNumberCommand(subjectId, tenant.companyId(), RandomMyNumbers.next(),
                AcquisitionChannel.PAPER, BenchTenant.PURPOSES), tenant.metaData());
    }

    private static void requireNoFailures(String phase, LoadRunner.Result result) {
        if (result.failures() > 0) {
            throw new IllegalStateException(phase + ": " + result.failures() + " of " + result.count()
                    + " operations failed; first: " + result.firstFailure());
        }
    }

    private static void printRun(RunResult r, boolean diagnostics) {
        System.out.printf("threads=%d run %d: command %.0f/s (p50 %.2f ms, p99 %.2f ms), raw %.0f/s"
                        + " (p50 %.2f ms, p99 %.2f ms), ratio %.3f; event payload %d B, metadata %d B%n",
                r.threads, r.run, r.command.perSecond(), r.command.percentileMillis(0.50),
                r.command.percentileMillis(0.99), r.raw.perSecond(), r.raw.percentileMillis(0.50),
                r.raw.percentileMillis(0.99), r.ratio(), r.shape.payloadBytes(), r.shape.metadataBytes());
        System.out.printf("  projections: %d acquires not yet in read_model.subject when the timed phase ended,"
                + " caught up %.2f s later%n", r.projectionBehind, r.projectionCatchUp.toNanos() / 1e9);
        for (LoadRunner.Result phase : List.of(r.command, r.raw)) {
            if (phase.failures() > 0) {
                System.out.printf("  FAILURES: %d; first: %s%n", phase.failures(), phase.firstFailure());
            }
        }
        System.out.println("  command phase " + r.commandCpu);
        System.out.println("  raw phase     " + r.rawCpu);
        if (r.contaminated()) {
            System.out.println("  WARNING: other processes took more than a tenth as much CPU as the benchmark;"
                    + " this run is contaminated (marked * below), repeat it on a quiet machine");
        }
        if (diagnostics) {
            System.out.println("  PostgreSQL per command (incl. projections): " + r.commandCounters);
            System.out.println("  PostgreSQL per raw row:                     " + r.rawCounters);
        }
    }

    private static final String HEADER = String.format("%7s %6s %10s %10s %6s %11s %11s %11s %11s",
            "threads", "count", "command/s", "raw/s", "ratio", "cmd p50 ms", "cmd p99 ms", "raw p50 ms", "raw p99 ms");

    private static void printTable(String title, List<RunResult> results) {
        System.out.printf("%n=== %s ===%n%s%n", title, HEADER);
        for (RunResult r : results) {
            System.out.printf("%7d %6d %10.0f %10.0f %6.3f %11.2f %11.2f %11.2f %11.2f%s%n", r.threads,
                    r.command.count(), r.command.perSecond(), r.raw.perSecond(), r.ratio(),
                    r.command.percentileMillis(0.50), r.command.percentileMillis(0.99),
                    r.raw.percentileMillis(0.50), r.raw.percentileMillis(0.99), r.contaminated() ? " *" : "");
        }
    }

    private static void printMedians(Config config, List<RunResult> results) {
        System.out.printf("%n=== Medians of %d runs (ratio: median of the per-run ratios) ===%n%s%n", config.runs,
                HEADER + "  contaminated runs");
        for (int threads : config.threads) {
            List<RunResult> runs = results.stream().filter(r -> r.threads == threads).toList();
            System.out.printf("%7d %6d %10.0f %10.0f %6.3f %11.2f %11.2f %11.2f %11.2f  %d of %d%n", threads,
                    config.events,
                    median(runs, r -> r.command.perSecond()), median(runs, r -> r.raw.perSecond()),
                    median(runs, RunResult::ratio),
                    median(runs, r -> r.command.percentileMillis(0.50)),
                    median(runs, r -> r.command.percentileMillis(0.99)),
                    median(runs, r -> r.raw.percentileMillis(0.50)),
                    median(runs, r -> r.raw.percentileMillis(0.99)),
                    runs.stream().filter(RunResult::contaminated).count(), runs.size());
        }
    }

    private static double median(List<RunResult> runs, ToDoubleFunction<RunResult> value) {
        double[] values = runs.stream().mapToDouble(value).sorted().toArray();
        int n = values.length;
        return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
    }
}
