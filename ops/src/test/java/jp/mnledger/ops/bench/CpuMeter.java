package jp.mnledger.ops.bench;

import java.io.IOException;
import java.lang.management.CompilationMXBean;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * CPU spent during a phase, per operation: by this JVM (the server, its event processors and the load
 * threads; broken down by thread group, with the JIT compiler and GC threads read from {@code /proc}),
 * by the benchmark's own PostgreSQL (the postmaster and its child processes), by the kernel (its own
 * threads, such as the journal and block I/O workers an fsync keeps busy, and interrupts), and by every
 * other process. The last should be near zero; when it is not, something else competed for the cores and
 * the figures of that run are suspect. Linux only; elsewhere the {@code /proc} figures read as zero.
 */
final class CpuMeter {

    record Usage(double jvmMicrosPerOp, double postgresMicrosPerOp, double kernelMicrosPerOp,
                 double otherMicrosPerOp, double machineBusyPercent, double stealPercent,
                 Map<String, Double> jvmThreadsMicrosPerOp, long gcCount, long gcMillis, long jitMillis) {
        @Override
        public String toString() {
            StringBuilder threads = new StringBuilder();
            jvmThreadsMicrosPerOp.forEach((group, micros) ->
                    threads.append(threads.isEmpty() ? "" : ", ").append(group).append(String.format(" %.0f", micros)));
            return String.format("CPU per op: JVM %.0f µs, PostgreSQL %.0f µs,"
                    + " kernel (I/O threads, interrupts) %.0f µs,"
                    + " other processes %.0f µs; cores %.0f%% busy, %.0f%% stolen by the host%n"
                    + "    JVM by thread group (µs per op): %s%n"
                    + "    (%d collections, %d ms in GC pauses, %d ms of compilation)",
                    jvmMicrosPerOp, postgresMicrosPerOp, kernelMicrosPerOp, otherMicrosPerOp, machineBusyPercent,
                    stealPercent, threads,
                    gcCount, gcMillis, jitMillis);
        }
    }

    /** Java thread-name prefixes → group; JIT and GC threads come from /proc, the remainder is "VM and the rest". */
    private static final Map<String, String> GROUPS = new LinkedHashMap<>();

    static {
        GROUPS.put("WorkPackage[", "projection workers");
        GROUPS.put("Coordinator[", "processor coordinators");
        GROUPS.put("EmbeddedEventStore", "event store producer");
        GROUPS.put("EventProcessor[", "tracking processors");
    }

    private static final double TICK_NANOS = 1e9 / 100; // USER_HZ is 100 on Linux

    private final long postmasterPid;
    private final long jvmStart;
    private final long postgresStart;
    private final long kernelThreadsStart;
    private final long[] machineStart;
    private final Map<Long, Long> threadStart;
    private final long[] gcStart = gc();
    private final long jitStart = jit();
    private final Map<String, Long> nativeStart = nativeThreadTicks();

    private CpuMeter(long postmasterPid) {
        this.postmasterPid = postmasterPid;
        this.jvmStart = jvmCpuNanos();
        this.postgresStart = processTreeTicks(postmasterPid);
        this.kernelThreadsStart = processTreeTicks(2); // kthreadd and its children: the kernel's own threads
        this.machineStart = machineTicks();
        this.threadStart = threadCpuNanos();
    }

    /** @param postgresDataDir the data directory of the PostgreSQL to account separately */
    static CpuMeter start(Path postgresDataDir) {
        long pid = -1;
        try {
            pid = Long.parseLong(Files.readAllLines(postgresDataDir.resolve("postmaster.pid")).get(0).trim());
        } catch (IOException | RuntimeException e) {
            // unknown: its CPU counts as "other"
        }
        return new CpuMeter(pid);
    }

    /**
     * @param load the phase just measured: its worker threads have ended by now, so their CPU time comes
     *             from the result rather than from the live threads
     */
    Usage stop(LoadRunner.Result load, String loadGroup) {
        int operations = load.count();
        long jvm = jvmCpuNanos() - jvmStart;
        double postgres = (processTreeTicks(postmasterPid) - postgresStart) * TICK_NANOS;
        double kernelThreads = (processTreeTicks(2) - kernelThreadsStart) * TICK_NANOS;
        long[] machine = machineTicks();
        double processes = (machine[0] - machineStart[0]) * TICK_NANOS;
        double interrupts = (machine[1] - machineStart[1]) * TICK_NANOS;
        double steal = (machine[2] - machineStart[2]) * TICK_NANOS;
        double total = (machine[3] - machineStart[3]) * TICK_NANOS;
        double kernel = kernelThreads + interrupts;
        double other = Math.max(0, processes - jvm - postgres - kernelThreads);
        Map<String, Double> groups = new LinkedHashMap<>();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long javaThreads = load.workerCpuNanos();
        groups.put(loadGroup, load.workerCpuNanos() / 1e3 / operations);
        for (Map.Entry<Long, Long> end : threadCpuNanos().entrySet()) {
            long delta = end.getValue() - threadStart.getOrDefault(end.getKey(), 0L);
            ThreadInfo info = threads.getThreadInfo(end.getKey());
            if (delta <= 0 || info == null) {
                continue;
            }
            javaThreads += delta;
            groups.merge(group(info.getThreadName()), delta / 1e3 / operations, Double::sum);
        }
        Map<String, Long> nativeEnd = nativeThreadTicks();
        double nativeNanos = 0;
        for (String group : List.of("JIT compiler", "GC")) {
            double nanos = (nativeEnd.getOrDefault(group, 0L) - nativeStart.getOrDefault(group, 0L)) * TICK_NANOS;
            nativeNanos += nanos;
            groups.put(group, nanos / 1e3 / operations);
        }
        groups.put("VM and the rest", Math.max(0, jvm - javaThreads - nativeNanos) / 1e3 / operations);
        long[] gc = gc();
        return new Usage(jvm / 1e3 / operations, postgres / 1e3 / operations, kernel / 1e3 / operations,
                other / 1e3 / operations, total == 0 ? 0 : 100.0 * (processes + interrupts + steal) / total,
                total == 0 ? 0 : 100.0 * steal / total, groups, gc[0] - gcStart[0], gc[1] - gcStart[1],
                jit() - jitStart);
    }

    /** CPU ticks of this JVM's JIT compiler and GC threads (HotSpot's native thread names). */
    private static Map<String, Long> nativeThreadTicks() {
        Map<String, Long> ticks = new HashMap<>();
        try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path task : (Iterable<Path>) tasks::iterator) {
                String line;
                try {
                    line = Files.readString(task.resolve("stat"));
                } catch (IOException e) {
                    continue; // the thread ended
                }
                String name = line.substring(line.indexOf('(') + 1, line.lastIndexOf(')'));
                String group = name.startsWith("C1 Compiler") || name.startsWith("C2 Compiler") ? "JIT compiler"
                        : name.startsWith("GC Thread") || name.startsWith("G1 ") ? "GC" : null;
                if (group != null) {
                    String[] f = line.substring(line.lastIndexOf(')') + 2).split(" ");
                    ticks.merge(group, Long.parseLong(f[11]) + Long.parseLong(f[12]), Long::sum);
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: no breakdown
        }
        return ticks;
    }

    private static long[] gc() {
        long count = 0;
        long millis = 0;
        for (GarbageCollectorMXBean bean : ManagementFactory.getGarbageCollectorMXBeans()) {
            count += Math.max(0, bean.getCollectionCount());
            millis += Math.max(0, bean.getCollectionTime());
        }
        return new long[] {count, millis};
    }

    private static long jit() {
        CompilationMXBean bean = ManagementFactory.getCompilationMXBean();
        return bean != null && bean.isCompilationTimeMonitoringSupported() ? bean.getTotalCompilationTime() : 0;
    }

    private static String group(String threadName) {
        for (Map.Entry<String, String> g : GROUPS.entrySet()) {
            if (threadName.startsWith(g.getKey())) {
                return g.getValue();
            }
        }
        return "other Java threads";
    }

    private static Map<Long, Long> threadCpuNanos() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Map<Long, Long> cpu = new HashMap<>();
        if (!threads.isThreadCpuTimeSupported()) {
            return cpu;
        }
        for (long id : threads.getAllThreadIds()) {
            long nanos = threads.getThreadCpuTime(id);
            if (nanos >= 0) {
                cpu.put(id, nanos);
            }
        }
        return cpu;
    }

    private static long jvmCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return 0;
    }

    /** utime+stime+cutime+cstime of a process and its live children (exited ones are in its cutime). */
    private static long processTreeTicks(long rootPid) {
        if (rootPid <= 0) {
            return 0;
        }
        long ticks = 0;
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            for (Path proc : (Iterable<Path>) procs::iterator) {
                String name = proc.getFileName().toString();
                if (!name.chars().allMatch(Character::isDigit)) {
                    continue;
                }
                String[] f = stat(proc);
                if (f != null && (Long.parseLong(name) == rootPid || Long.parseLong(f[1]) == rootPid)) {
                    ticks += Long.parseLong(f[11]) + Long.parseLong(f[12])
                            + Long.parseLong(f[13]) + Long.parseLong(f[14]);
                }
            }
        } catch (IOException | RuntimeException e) {
            return 0;
        }
        return ticks;
    }

    /** The fields of /proc/PID/stat after the command name: [0]=state, [1]=ppid, [11..14]=utime,stime,cutime,cstime. */
    private static String[] stat(Path proc) {
        try {
            String line = Files.readString(proc.resolve("stat"));
            return line.substring(line.lastIndexOf(')') + 2).split(" ");
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * Jiffies over all cores: {user+nice+system (processes), irq+softirq, steal, total}; see proc(5),
     * fields user nice system idle iowait irq softirq steal.
     */
    private static long[] machineTicks() {
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long[] v = new long[9];
            for (int i = 1; i < Math.min(f.length, 9); i++) {
                v[i] = Long.parseLong(f[i]);
            }
            long total = 0;
            for (int i = 1; i <= 8; i++) {
                total += v[i];
            }
            return new long[] {v[1] + v[2] + v[3], v[6] + v[7], v[8], total};
        } catch (IOException | RuntimeException e) {
            return new long[] {0, 0, 0, 0};
        }
    }
}
