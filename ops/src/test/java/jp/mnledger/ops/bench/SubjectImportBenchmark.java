package jp.mnledger.ops.bench;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import jp.mnledger.command.importing.CsvUpload;
import jp.mnledger.command.importing.SubjectImportPreview;
import jp.mnledger.command.importing.SubjectImportStatus;
import jp.mnledger.command.importing.SubjectImports;
import jp.mnledger.kernel.audit.AuditMetadata;
import jp.mnledger.kernel.seal.PersonalName;
import jp.mnledger.kernel.subject.RegisterSubjectCommand;
import jp.mnledger.kernel.subject.SubjectKind;
import org.axonframework.commandhandling.gateway.CommandGateway;

/**
 * How long a CSV import of 1,000 and 2,000 lines takes on the real server (ADR 0011): the check alone
 * (preview), the one import transaction, and the projections catching up afterwards — while, by default,
 * another user keeps registering subjects one by one, so other transactions commit in the middle of the
 * import's range of global indexes. At the end it checks that the subject list shows every subject: the
 * projections waited for the import's events instead of skipping them.
 *
 * <p>Not a test; run it with the {@code bench} profile (ops/BENCHMARKS.md):
 * <pre>mvn -q -pl ops -am -Pbench verify -DskipTests -Dbench.mainClass=jp.mnledger.ops.bench.SubjectImportBenchmark</pre>
 * System properties:
 * <ul>
 *   <li>{@code bench.importRows}: comma-separated file sizes, default {@code 1000,2000} (a larger size raises
 *       {@code mnledger.import.max-rows} for the run, up to its limit of 5,000);</li>
 *   <li>{@code bench.warmupRows}: an untimed import first, default 1000;</li>
 *   <li>{@code bench.concurrentLoad}: register a subject every 20 ms beside the import, default true;</li>
 *   <li>{@code bench.serverArgs}: diagnostic — extra server settings, space-separated, e.g.
 *       {@code --mnledger.event-store.gap-timeout=5s} to see what a gap timeout shorter than the import does.</li>
 * </ul>
 */
public final class SubjectImportBenchmark {

    private static final Duration CATCH_UP_LIMIT = Duration.ofMinutes(3);
    private static final String HEADER = "区分,氏名,社員番号,扶養元社員番号,続柄,職種,入社日\n";

    record Result(int rows, int eventsOfImport, double previewSeconds, double acceptSeconds, double transactionSeconds,
                  double catchUpSeconds, int concurrentRegistrations, int subjectsExpected, int subjectsShown,
                  long peakHeapMiB) {
    }

    private SubjectImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Locale.setDefault(Locale.ROOT);
        List<Integer> sizes = Arrays.stream(System.getProperty("bench.importRows", "1000,2000").split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).map(Integer::valueOf).toList();
        int warmup = Integer.getInteger("bench.warmupRows", 1000);
        boolean concurrentLoad = Boolean.parseBoolean(System.getProperty("bench.concurrentLoad", "true"));
        String serverArgs = System.getProperty("bench.serverArgs", "").strip();
        System.out.printf("mnledger subject import benchmark: rows=%s warmup=%d concurrentLoad=%s serverArgs=[%s], %d cores,"
                        + " Java %s%n", sizes, warmup, concurrentLoad, serverArgs,
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        List<String> settings = new ArrayList<>(List.of("--mnledger.import.max-rows="
                + Math.max(warmup, sizes.stream().mapToInt(Integer::intValue).max().orElse(1))));
        if (!serverArgs.isEmpty()) {
            settings.addAll(List.of(serverArgs.split("\\s+")));
        }
        List<Result> results = new ArrayList<>();
        try (BenchServer server = BenchServer.start(settings.toArray(String[]::new))) {
            BenchTenant tenant = BenchTenant.create(server.commandGateway(), "handler");
            if (warmup > 0) {
                Result result = importOnce(server, tenant, warmup, false);
                System.out.printf("warm-up: %d lines in %.1f s%n", warmup, result.transactionSeconds());
            }
            for (int rows : sizes) {
                Result result = importOnce(server, tenant, rows, concurrentLoad);
                results.add(result);
                System.out.printf("%d lines: %s%n", rows, result);
            }
        }
        System.out.println();
        System.out.println("| lines | events | check (preview) s | accept s | import transaction s | lines/s | "
                + "projections caught up after s | registrations beside it | subject list complete | peak heap MiB |");
        System.out.println("|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|");
        for (Result r : results) {
            System.out.printf("| %d | %d | %.2f | %.2f | %.1f | %.0f | %.1f | %d | %s | %d |%n", r.rows(), r.eventsOfImport(),
                    r.previewSeconds(), r.acceptSeconds(), r.transactionSeconds(), r.rows() / r.transactionSeconds(),
                    r.catchUpSeconds(), r.concurrentRegistrations(), r.subjectsShown() == r.subjectsExpected() ? "yes"
                            : "NO: " + (r.subjectsExpected() - r.subjectsShown()) + " missing", r.peakHeapMiB());
        }
    }

    private static Result importOnce(BenchServer server, BenchTenant tenant, int rows, boolean concurrentLoad)
            throws Exception {
        String company = tenant.companyId();
        SubjectImports imports = server.bean(SubjectImports.class);
        String prefix = "B" + UUID.randomUUID().toString().substring(0, 6) + "-";
        int[] employeesWithDates = new int[1];
        byte[] csv = file(rows, prefix, employeesWithDates);
        int subjectsBefore = subjectsShown(server, company);
        long eventsBefore = events(server);

        long start = System.nanoTime();
        SubjectImportPreview preview = imports.preview(company, CsvUpload.of(csv, null), caller(tenant));
        double previewSeconds = seconds(start);
        if (!preview.errors().isEmpty()) {
            throw new IllegalStateException("the benchmark's file has errors: " + preview.errors().get(0));
        }

        System.gc();
        AtomicBoolean measuring = new AtomicBoolean(true);
        AtomicLong peakHeap = new AtomicLong();
        Thread heap = new Thread(() -> {
            Runtime runtime = Runtime.getRuntime();
            while (measuring.get()) {
                peakHeap.accumulateAndGet(runtime.totalMemory() - runtime.freeMemory(), Math::max);
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "bench-heap");
        heap.setDaemon(true);
        heap.start();
        AtomicBoolean importing = new AtomicBoolean(true);
        AtomicInteger beside = new AtomicInteger();
        Thread other = new Thread(() -> registerBeside(server.commandGateway(), tenant, importing, beside), "bench-beside");
        if (concurrentLoad) {
            other.start();
        }
        start = System.nanoTime();
        SubjectImportStatus accepted = imports.start(company, CsvUpload.of(csv, null), caller(tenant));
        double acceptSeconds = seconds(start);
        SubjectImportStatus status = accepted;
        while (status.status() == SubjectImportStatus.Status.RUNNING) {
            Thread.sleep(10);
            status = imports.status(company, accepted.importId(), caller(tenant));
        }
        importing.set(false);
        other.join();
        if (status.status() != SubjectImportStatus.Status.COMPLETED) {
            throw new IllegalStateException("the import failed: " + status.errorCode() + " at line " + status.failedLine());
        }
        double transactionSeconds = Duration.between(status.startedAt(), status.finishedAt()).toMillis() / 1000.0;
        int expected = subjectsBefore + rows + beside.get();
        long catchUpStart = System.nanoTime();
        int shown = subjectsShown(server, company);
        while (shown < expected && System.nanoTime() - catchUpStart < CATCH_UP_LIMIT.toNanos()) {
            Thread.sleep(50);
            shown = subjectsShown(server, company);
        }
        double catchUpSeconds = seconds(catchUpStart);
        measuring.set(false);
        heap.join();
        int eventsOfImport = (int) (events(server) - eventsBefore - beside.get());
        return new Result(rows, eventsOfImport, previewSeconds, acceptSeconds, transactionSeconds, catchUpSeconds,
                beside.get(), expected, shown, peakHeap.get() / (1024 * 1024));
    }

    /** 70 % employees with an employment start, 20 % dependents of them, 10 % payees. */
    private static byte[] file(int rows, String prefix, int[] employeesWithDates) {
        StringBuilder csv = new StringBuilder(HEADER);
        int lastEmployee = -1;
        for (int i = 0; i < rows; i++) {
            int slot = i % 10;
            if (slot < 7 || lastEmployee < 0) {
                csv.append("従業員,ベンチ 太郎").append(i).append(',').append(prefix).append(i).append(",,,,2024-04-01\n");
                lastEmployee = i;
                employeesWithDates[0]++;
            } else if (slot < 9) {
                csv.append("扶養親族,ベンチ 花子").append(i).append(",,").append(prefix).append(lastEmployee)
                        .append(",配偶者,,\n");
            } else {
                csv.append("報酬の支払先,ベンチ 講師").append(i).append(",,,,講師,\n");
            }
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Another user at work: one registration every 20 ms, each its own transaction, while the import runs. */
    private static void registerBeside(CommandGateway gateway, BenchTenant tenant, AtomicBoolean importing,
                                       AtomicInteger count) {
        while (importing.get()) {
            gateway.sendAndWait(new RegisterSubjectCommand(UUID.randomUUID().toString(), tenant.companyId(),
                    SubjectKind.EMPLOYEE, new PersonalName("ベンチ 並行"), null, null, null, null), tenant.metaData());
            count.incrementAndGet();
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static AuditMetadata caller(BenchTenant tenant) {
        return new AuditMetadata(tenant.actor(), AuditMetadata.UNDECIDED_ROLE, null, "127.0.0.1", "mnledger-bench/1.0",
                UUID.randomUUID().toString(), tenant.companyId(), Instant.now());
    }

    private static int subjectsShown(BenchServer server, String company) {
        return server.jdbc().queryForObject("SELECT count(*) FROM read_model.subject WHERE company_id = ?",
                Integer.class, company);
    }

    private static long events(BenchServer server) {
        return server.jdbc().queryForObject("SELECT count(*) FROM axon.domainevententry", Long.class);
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
