package jp.mnledger.ops.bench;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import jp.mnledger.kernel.access.AccessRequests;
import jp.mnledger.kernel.audit.AuditMetadata;
import jp.mnledger.kernel.number.MyNumber;
import jp.mnledger.kernel.purpose.Purpose;
import jp.mnledger.kernel.retention.ConfirmDisposalsCommand;
import jp.mnledger.kernel.retention.ProposeDisposalCommand;
import jp.mnledger.kernel.seal.PersonalName;
import jp.mnledger.kernel.subject.AcquireMyNumberCommand;
import jp.mnledger.kernel.subject.AcquisitionChannel;
import jp.mnledger.kernel.subject.EmploymentChange;
import jp.mnledger.kernel.subject.RecordEmploymentCommand;
import jp.mnledger.kernel.subject.RegisterSubjectCommand;
import jp.mnledger.kernel.subject.SubjectKind;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;

/**
 * Disposals per second (issue 5: ≥ 1,000/s on 2 cores for 10,000 subjects): batches of ConfirmDisposalsCommand through
 * the real command path — the Subject aggregate loaded from its events, the 廃棄記録 event appended, the data key
 * destroyed with its tombstone row and the tombstone file line (forced to disk), snapshots dropped — as the
 * automatic confirmation of the sweep sends it. Then how long the derived copies took to follow (the subject list
 * shows 廃棄済 for all). Set-up (register, acquire, leave in 2015, propose) is untimed.
 *
 * <p>Not a test; run with the {@code bench} profile: {@code -Dbench.mainClass=jp.mnledger.ops.bench.DisposalThroughputBenchmark}
 * ({@code bench.events}, default 10000; {@code bench.threads}, default 8). See ops/BENCHMARKS.md.
 */
public final class DisposalThroughputBenchmark {

    private DisposalThroughputBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Locale.setDefault(Locale.ROOT);
        int events = Integer.getInteger("bench.events", 10_000);
        int warmup = Integer.getInteger("bench.warmup", 2_000);
        int threads = Integer.parseInt(System.getProperty("bench.threads", "8").split(",")[0].strip());
        System.out.printf("mnledger disposal throughput benchmark: subjects=%d threads=%d, %d cores, Java %s%n", events,
                threads, Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        try (BenchServer server = BenchServer.start()) {
            CommandGateway gateway = server.commandGateway();
            BenchTenant tenant = BenchTenant.create(gateway, "system");
            String company = tenant.companyId();
            int total = warmup + events;
            String[] subjects = new String[total];
            for (int i = 0; i < total; i++) {
                subjects[i] = UUID.randomUUID().toString();
            }
            long setup = System.nanoTime();
            LoadRunner.Result prepared = LoadRunner.run("set-up", total, 8, (w, i) -> {
                gateway.sendAndWait(new RegisterSubjectCommand(subjects[i], company, SubjectKind.EMPLOYEE,
                        new PersonalName("廃棄 ベンチ"), "D" + i, null, null, null), system(company));
                gateway.sendAndWait(new AcquireMyNumberCommand(subjects[i], company,
                        MyNumber.fromBaseDigits("%011d".formatted(30_000_000_000L + i)), AcquisitionChannel.PAPER,
                        Set.of(Purpose.SOCIAL_INSURANCE)), system(company));
                gateway.sendAndWait(new RecordEmploymentCommand(subjects[i], company, EmploymentChange.ENDED,
                        LocalDate.of(2015, 3, 31)), system(company));
                gateway.sendAndWait(new ProposeDisposalCommand(subjects[i], company, LocalDate.of(2017, 4, 1),
                        "KENKO_HOKEN", "健康保険法施行規則34条"), system(company));
            });
            if (prepared.failures() > 0) {
                throw new IllegalStateException("set-up failed: " + prepared.firstFailure());
            }
            server.awaitProjection(company, total, 0, Duration.ofMinutes(10));
            awaitStatus(server, company, total, "DISPOSAL_DUE");
            System.out.printf("set-up: %d subjects registered, acquired, left and proposed in %.1f s%n", total,
                    (System.nanoTime() - setup) / 1e9);

            String certificate = UUID.randomUUID().toString();
            if (warmup > 0) {
                long warmStart = System.nanoTime();
                LoadRunner.Result warm = LoadRunner.run("warm-up", warmup / BATCH, threads, (w, i) -> dispose(gateway,
                        company, certificate, subjects, events + i * BATCH));
                awaitStatus(server, company, warmup, "DISPOSED");
                System.out.printf("warm-up: %d disposals at %.0f/s%n", warmup,
                        warmup / ((System.nanoTime() - warmStart) / 1e9));
            }
            CpuMeter meter = CpuMeter.start(server.postgresDataDir());
            long start = System.nanoTime();
            LoadRunner.Result disposed = LoadRunner.run("dispose", events / BATCH, threads,
                    (w, i) -> dispose(gateway, company, certificate, subjects, i * BATCH));
            CpuMeter.Usage cpu = meter.stop(disposed, "load threads (disposal commands)");
            Duration followed = awaitStatus(server, company, total, "DISPOSED");
            long end = System.nanoTime();
            if (disposed.failures() > 0) {
                throw new IllegalStateException(disposed.failures() + " disposals failed: " + disposed.firstFailure());
            }
            Integer tombstoned = server.jdbc().queryForObject("""
                    SELECT count(*) FROM keyvault.subject_key WHERE subject_id IN (
                      SELECT subject_id FROM read_model.subject WHERE company_id = ?) AND wrapped_key IS NULL""",
                    Integer.class, company);
            System.out.printf("%ndisposals: %d in %.2f s = %.0f subjects/s in batches of %d (a batch: p50 %.0f ms, p99 %.0f ms),"
                    + " %d keys tombstoned%n", events, disposed.elapsedNanos() / 1e9, events / (disposed.elapsedNanos() / 1e9),
                    BATCH, disposed.percentileMillis(50), disposed.percentileMillis(99), tombstoned);
            System.out.printf("derived copies (read models show 廃棄済) followed %.2f s after the last command; "
                    + "end to end %.0f subjects/s%n", followed.toMillis() / 1e3, events / ((end - start) / 1e9));
            System.out.println(cpu);
            if (tombstoned != total) {
                throw new IllegalStateException("expected " + total + " destroyed keys, found " + tombstoned);
            }
        }
    }

    /** Subjects per ConfirmDisposalsCommand, as the manager's confirmation and the sweep send them. */
    static final int BATCH = Integer.getInteger("bench.batch", 250);

    private static void dispose(CommandGateway gateway, String company, String certificate, String[] subjects, int from) {
        java.util.List<ConfirmDisposalsCommand.Outcome> outcomes = gateway.sendAndWait(new ConfirmDisposalsCommand(company,
                certificate, java.util.Arrays.asList(subjects).subList(from, from + BATCH), true), system(company));
        long failed = outcomes.stream().filter(o -> !o.outcome().equals("DISPOSED")).count();
        if (failed > 0) {
            throw new IllegalStateException(failed + " of a batch not disposed: " + outcomes.get(0).outcome());
        }
    }

    private static Duration awaitStatus(BenchServer server, String company, int count, String status)
            throws InterruptedException {
        long start = System.nanoTime();
        while (server.jdbc().queryForObject(
                "SELECT count(*) FROM read_model.subject WHERE company_id = ? AND my_number_status = ?", Integer.class,
                company, status) < count) {
            if (System.nanoTime() - start > Duration.ofMinutes(10).toNanos()) {
                throw new IllegalStateException("the subject list did not reach " + count + " " + status);
            }
            Thread.sleep(20);
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }

    private static MetaData system(String company) {
        return MetaData.from(new AuditMetadata(AccessRequests.SYSTEM_ACTOR, AccessRequests.SYSTEM_ROLE, null, "127.0.0.1",
                "mnledger-bench/1.0", UUID.randomUUID().toString(), company, Instant.now()).toMap());
    }
}
