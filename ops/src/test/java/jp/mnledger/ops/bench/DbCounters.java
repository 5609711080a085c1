package jp.mnledger.ops.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * PostgreSQL's cumulative statistics around a phase, for the "where does the time go" diagnostics:
 * commits, WAL flushes (fsyncs), WAL volume, and scans (index and sequential) / inserts / updates per
 * table. Approximate: backends publish their counters at most once a second.
 */
final class DbCounters {

    private final Map<String, Long> values;

    private DbCounters(Map<String, Long> values) {
        this.values = values;
    }

    /**
     * Makes every pooled connection's backend publish its pending statistics (a statement after a second
     * of idleness does), then reads the counters.
     */
    static DbCounters read(DataSource dataSource, int poolSize) throws SQLException, InterruptedException {
        List<Connection> held = new ArrayList<>();
        try {
            for (int i = 0; i < poolSize; i++) {
                held.add(dataSource.getConnection());
            }
            Thread.sleep(1_100);
            for (Connection c : held) {
                try (Statement s = c.createStatement()) {
                    s.execute("SELECT 1");
                }
            }
        } finally {
            for (Connection c : held) {
                c.close();
            }
        }
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        Map<String, Long> values = new LinkedHashMap<>();
        jdbc.queryForMap("""
                SELECT xact_commit, xact_rollback, tup_fetched, tup_inserted, tup_updated
                FROM pg_stat_database WHERE datname = current_database()""")
                .forEach((k, v) -> values.put(k, ((Number) v).longValue()));
        jdbc.queryForMap("SELECT wal_records, wal_bytes, wal_write, wal_sync FROM pg_stat_wal")
                .forEach((k, v) -> values.put(k, ((Number) v).longValue()));
        jdbc.query("""
                SELECT schemaname || '.' || relname, coalesce(idx_scan, 0) + coalesce(seq_scan, 0), n_tup_ins, n_tup_upd
                FROM pg_stat_user_tables ORDER BY schemaname, relname""", rs -> {
            String table = rs.getString(1);
            values.put(table + ".scans", rs.getLong(2));
            values.put(table + ".ins", rs.getLong(3));
            values.put(table + ".upd", rs.getLong(4));
        });
        return new DbCounters(values);
    }

    /** Per-operation deltas since {@code before}, only the non-zero ones, as one line. */
    String perOperationSince(DbCounters before, int operations) {
        StringBuilder line = new StringBuilder();
        values.forEach((key, after) -> {
            long delta = after - before.values.getOrDefault(key, 0L);
            if (delta != 0) {
                if (!line.isEmpty()) {
                    line.append(", ");
                }
                line.append(key).append('=').append(String.format("%.2f", delta / (double) operations));
            }
        });
        return line.toString();
    }
}
