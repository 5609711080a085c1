package jp.mnledger.ops.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs {@code count} operations on {@code threads} threads (each thread takes the next index until none is
 * left) and records the latency of each. The clock runs from the moment all threads are released until
 * the last operation returns.
 */
final class LoadRunner {

    /** One operation; index is 0 ≤ index < count, each index runs exactly once. */
    @FunctionalInterface
    interface Operation {
        void run(int worker, int index) throws Exception;
    }

    /** Per-worker set-up and tear-down around the operations (e.g. holding a JDBC connection). */
    interface Worker extends AutoCloseable {
        void run(int index) throws Exception;

        @Override
        default void close() throws Exception {
        }
    }

    @FunctionalInterface
    interface WorkerFactory {
        Worker open(int worker) throws Exception;
    }

    /** The outcome of one phase. Latencies in nanoseconds, sorted. */
    record Result(int count, int threads, long elapsedNanos, long[] sortedLatencies, int failures,
                  String firstFailure, long workerCpuNanos) {

        double perSecond() {
            return count / (elapsedNanos / 1e9);
        }

        double percentileMillis(double p) {
            if (sortedLatencies.length == 0) {
                return Double.NaN;
            }
            int rank = (int) Math.ceil(p * sortedLatencies.length) - 1;
            return sortedLatencies[Math.max(0, Math.min(rank, sortedLatencies.length - 1))] / 1e6;
        }

        double meanMillis() {
            return Arrays.stream(sortedLatencies).average().orElse(Double.NaN) / 1e6;
        }
    }

    private LoadRunner() {
    }

    static Result run(String name, int count, int threads, Operation operation) throws InterruptedException {
        return run(name, count, threads, worker -> index -> operation.run(worker, index));
    }

    static Result run(String name, int count, int threads, WorkerFactory workers) throws InterruptedException {
        long[] latencies = new long[count];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        AtomicReference<String> firstFailure = new AtomicReference<>();
        AtomicLong workerCpu = new AtomicLong();
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        CountDownLatch ready = new CountDownLatch(threads);
        CountDownLatch go = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(threads);
        List<Thread> pool = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int worker = t;
            Thread thread = new Thread(() -> {
                try (Worker w = workers.open(worker)) {
                    ready.countDown();
                    go.await();
                    long cpuStart = cpu.getCurrentThreadCpuTime();
                    for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                        long start = System.nanoTime();
                        try {
                            w.run(i);
                        } catch (Exception | AssertionError e) {
                            failures.incrementAndGet();
                            // Class and message only: a message never carries a number (MyNumber hides itself).
                            firstFailure.compareAndSet(null, describe(e));
                        }
                        latencies[i] = System.nanoTime() - start;
                    }
                    workerCpu.addAndGet(cpu.getCurrentThreadCpuTime() - cpuStart);
                } catch (Exception e) {
                    failures.incrementAndGet();
                    firstFailure.compareAndSet(null, describe(e));
                    ready.countDown();
                } finally {
                    done.countDown();
                }
            }, name + "-" + t);
            thread.setDaemon(true);
            pool.add(thread);
            thread.start();
        }
        ready.await();
        long start = System.nanoTime();
        go.countDown();
        done.await();
        long elapsed = System.nanoTime() - start;
        Arrays.sort(latencies);
        return new Result(count, threads, elapsed, latencies, failures.get(), firstFailure.get(), workerCpu.get());
    }

    static String describe(Throwable e) {
        StringBuilder text = new StringBuilder(e.getClass().getName() + ": " + e.getMessage());
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            text.append(" <- ").append(cause.getClass().getName()).append(": ").append(cause.getMessage());
        }
        // Belt and braces: nothing that looks like a number leaves the benchmark.
        String safe = text.toString().replaceAll("[0-9]{12}", "************");
        return safe.length() > 600 ? safe.substring(0, 600) + "…" : safe;
    }
}
