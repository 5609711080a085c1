package jp.mnledger.ops.bench;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import jp.mnledger.kernel.audit.AuditMetadata;
import jp.mnledger.kernel.history.CompanyStateResponse;
import jp.mnledger.kernel.history.FetchCompanyStateQuery;
import jp.mnledger.kernel.number.MyNumber;
import jp.mnledger.kernel.purpose.Purpose;
import jp.mnledger.kernel.retention.ProposeDisposalCommand;
import jp.mnledger.kernel.seal.PersonalName;
import jp.mnledger.kernel.subject.AcquireMyNumberCommand;
import jp.mnledger.kernel.subject.AcquisitionChannel;
import jp.mnledger.kernel.subject.EmploymentChange;
import jp.mnledger.kernel.subject.RecordEmploymentCommand;
import jp.mnledger.kernel.subject.RegisterSubjectCommand;
import jp.mnledger.kernel.subject.SubjectKind;
import jp.mnledger.query.ReadApi;
import org.axonframework.commandhandling.gateway.CommandGateway;

/**
 * How long a company's history reconstruction from the event stream takes (ADR 0017): one company with
 * {@code bench.events} events (four per subject: registered, acquired, left, disposal proposed), then the company
 * state as of now through the query bus, {@code bench.runs} times, with the heap it took.
 *
 * <p>Not a test; run it with the {@code bench} profile (ops/BENCHMARKS.md):
 * <pre>mvn -q -pl ops -am -Pbench verify -DskipTests -Dbench.mainClass=jp.mnledger.ops.bench.HistoryReconstructionBenchmark</pre>
 */
public final class HistoryReconstructionBenchmark {

    private HistoryReconstructionBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Locale.setDefault(Locale.ROOT);
        int events = Integer.getInteger("bench.events", 10_000);
        int runs = Integer.getInteger("bench.runs", 5);
        int subjectsCount = events / 4;
        System.out.printf("mnledger history reconstruction benchmark: events=%d runs=%d, %d cores, Java %s%n", events, runs,
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        try (BenchServer server = BenchServer.start()) {
            CommandGateway gateway = server.commandGateway();
            String company = BenchTenant.create(gateway, "system").companyId();
            String[] subjects = new String[subjectsCount];
            Arrays.setAll(subjects, i -> UUID.randomUUID().toString());
            long setup = System.nanoTime();
            LoadRunner.Result prepared = LoadRunner.run("set-up", subjectsCount, 4, (w, i) -> {
                gateway.sendAndWait(new RegisterSubjectCommand(subjects[i], company, SubjectKind.EMPLOYEE,
                        new PersonalName("履歴 ベンチ"), "H" + i, null, null, null), BenchTenant.system(company));
                gateway.sendAndWait(new AcquireMyNumberCommand(subjects[i], company,
                        MyNumber.fromBaseDigits("%011d".formatted(31_000_000_000L + i)), AcquisitionChannel.PAPER,
                        Set.of(Purpose.SOCIAL_INSURANCE)), BenchTenant.system(company));
                gateway.sendAndWait(new RecordEmploymentCommand(subjects[i], company, EmploymentChange.ENDED,
                        LocalDate.of(2015, 3, 31)), BenchTenant.system(company));
                gateway.sendAndWait(new ProposeDisposalCommand(subjects[i], company, LocalDate.of(2017, 4, 1),
                        "KENKO_HOKEN", "健康保険法施行規則34条"), BenchTenant.system(company));
            });
            if (prepared.failures() > 0) {
                throw new IllegalStateException("set-up failed: " + prepared.firstFailure());
            }
            Integer stored = server.jdbc().queryForObject("SELECT count(*) FROM axon.domainevententry", Integer.class);
            System.out.printf("set-up: %d subjects in %.1f s; the store holds %d events%n", subjectsCount,
                    (System.nanoTime() - setup) / 1e9, stored);

            ReadApi reads = server.bean(ReadApi.class);
            long[] millis = new long[runs];
            long heapGrowth = 0;
            for (int run = 0; run < runs; run++) {
                System.gc();
                Runtime runtime = Runtime.getRuntime();
                long heapBefore = runtime.totalMemory() - runtime.freeMemory();
                long start = System.nanoTime();
                List<CompanyStateResponse> state = reads.list(new FetchCompanyStateQuery(company, Instant.now()),
                        CompanyStateResponse.class, AuditMetadata.fromMap(BenchTenant.system(company)));
                millis[run] = (System.nanoTime() - start) / 1_000_000;
                System.gc();
                heapGrowth = Math.max(heapGrowth, runtime.totalMemory() - runtime.freeMemory() - heapBefore);
                int steps = state.get(0).subjects().stream().mapToInt(s -> s.steps().size()).sum();
                System.out.printf("run %d: %d ms, %d subjects, %d steps%n", run + 1, millis[run],
                        state.get(0).subjects().size(), steps);
                if (state.get(0).subjects().size() != subjectsCount || steps != events) {
                    throw new IllegalStateException("expected " + subjectsCount + " subjects and " + events + " steps");
                }
            }
            Arrays.sort(millis);
            System.out.printf("%ncompany reconstruction of %d events (store: %d): median %d ms, min %d ms, max %d ms; "
                    + "the answer held in memory (heap after a run and a GC, over before it): at most %d MiB%n", events, stored, millis[runs / 2], millis[0],
                    millis[runs - 1], heapGrowth / (1024 * 1024));
        }
    }
}
