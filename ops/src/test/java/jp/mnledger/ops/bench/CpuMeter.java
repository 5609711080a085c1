package jp.mnledger.ops.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * CPU spent during a phase, per operation: by this JVM (the server, its event processors and the load
 * threads), by the benchmark's own PostgreSQL (the postmaster and its child processes, from
 * {@code /proc}), and by everything else on the machine — which should be near zero; if it is not,
 * something else competed for the cores and the figures of that run are suspect. Linux only; where
 * {@code /proc} is missing the PostgreSQL and machine figures read as zero.
 */
final class CpuMeter {

    record Usage(double jvmMicrosPerOp, double postgresMicrosPerOp, double otherMicrosPerOp,
                 double machineBusyPercent) {
        @Override
        public String toString() {
            return String.format("CPU per op: JVM %.0f µs, PostgreSQL %.0f µs, other processes %.0f µs;"
                    + " cores %.0f%% busy", jvmMicrosPerOp, postgresMicrosPerOp, otherMicrosPerOp, machineBusyPercent);
        }
    }

    private static final double TICK_NANOS = 1e9 / 100; // USER_HZ is 100 on Linux

    private final long postmasterPid;
    private final long jvmStart;
    private final long postgresStart;
    private final long[] machineStart;

    private CpuMeter(long postmasterPid) {
        this.postmasterPid = postmasterPid;
        this.jvmStart = jvmCpuNanos();
        this.postgresStart = postgresTicks(postmasterPid);
        this.machineStart = machineTicks();
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

    Usage stop(int operations) {
        long jvm = jvmCpuNanos() - jvmStart;
        double postgres = (postgresTicks(postmasterPid) - postgresStart) * TICK_NANOS;
        long[] machine = machineTicks();
        double busy = (machine[0] - machineStart[0]) * TICK_NANOS;
        double total = (machine[1] - machineStart[1]) * TICK_NANOS;
        double other = Math.max(0, busy - jvm - postgres);
        return new Usage(jvm / 1e3 / operations, postgres / 1e3 / operations, other / 1e3 / operations,
                total == 0 ? 0 : 100.0 * busy / total);
    }

    private static long jvmCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return 0;
    }

    /** utime+stime+cutime+cstime of the postmaster and its live children (exited ones are in its cutime). */
    private static long postgresTicks(long postmasterPid) {
        if (postmasterPid <= 0) {
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
                if (f != null && (Long.parseLong(name) == postmasterPid || Long.parseLong(f[1]) == postmasterPid)) {
                    ticks += Long.parseLong(f[11]) + Long.parseLong(f[12]) + Long.parseLong(f[13]) + Long.parseLong(f[14]);
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

    /** {busy, total} jiffies over all cores; busy excludes idle and iowait. */
    private static long[] machineTicks() {
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long total = 0;
            for (int i = 1; i < Math.min(f.length, 9); i++) {
                total += Long.parseLong(f[i]);
            }
            long idle = Long.parseLong(f[4]) + Long.parseLong(f[5]);
            return new long[] {total - idle, total};
        } catch (IOException | RuntimeException e) {
            return new long[] {0, 0};
        }
    }
}
