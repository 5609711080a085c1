package jp.mnledger.ops.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The raw baseline: plain JDBC inserts into a scratch table with the column shape, constraints and
 * indexes of {@code axon.domainevententry} (its own gap-free sequence), one row per commit, rows whose
 * payload and metadata have the given byte sizes. Each worker thread holds one pooled connection with
 * auto-commit on and one prepared statement for the whole phase.
 */
final class RawInsertPhase {

    static final String TABLE = "bench_raw.domainevententry";

    /** The values of the real acquire events that the raw rows copy (sizes are averages). */
    record EventShape(int payloadBytes, int metadataBytes, String type, String payloadType, String payloadRevision) {
    }

    private final DataSource dataSource;
    private final EventShape shape;

    RawInsertPhase(DataSource dataSource, EventShape shape) {
        this.dataSource = dataSource;
        this.shape = shape;
    }

    /** Measures the acquire events already in the event store. */
    static EventShape measure(JdbcTemplate jdbc) {
        return jdbc.queryForObject("""
                SELECT round(avg(octet_length(payload)))::int, round(avg(octet_length(metadata)))::int,
                       min(type), min(payloadtype), min(payloadrevision)
                FROM axon.domainevententry WHERE payloadtype LIKE '%MyNumberAcquiredEvent'""",
                (rs, i) -> new EventShape(rs.getInt(1), rs.getInt(2), rs.getString(3), rs.getString(4),
                        rs.getString(5)));
    }

    static void createTable(JdbcTemplate jdbc) {
        jdbc.execute("CREATE SCHEMA IF NOT EXISTS bench_raw");
        jdbc.execute("DROP TABLE IF EXISTS " + TABLE);
        jdbc.execute("DROP SEQUENCE IF EXISTS bench_raw.globalindex_seq");
        jdbc.execute("CREATE SEQUENCE bench_raw.globalindex_seq START WITH 1 INCREMENT BY 1 NO CYCLE CACHE 1");
        // Same columns, NOT NULLs, primary key and unique constraints (with their indexes) as the real table.
        jdbc.execute("CREATE TABLE " + TABLE + " (LIKE axon.domainevententry INCLUDING CONSTRAINTS INCLUDING INDEXES)");
        jdbc.execute("ALTER TABLE " + TABLE
                + " ALTER COLUMN globalindex SET DEFAULT nextval('bench_raw.globalindex_seq')");
    }

    LoadRunner.Result run(String name, int count, int threads) throws InterruptedException {
        return LoadRunner.run(name, count, threads, worker -> {
            Connection connection = dataSource.getConnection();
            connection.setAutoCommit(true);
            PreparedStatement insert = connection.prepareStatement("INSERT INTO " + TABLE
                    + " (aggregateidentifier, sequencenumber, type, eventidentifier, metadata, payload,"
                    + " payloadrevision, payloadtype, \"timestamp\") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
            return new LoadRunner.Worker() {
                @Override
                public void run(int index) throws Exception {
                    insert.setString(1, UUID.randomUUID().toString());
                    insert.setLong(2, 1L);
                    insert.setString(3, shape.type());
                    insert.setString(4, UUID.randomUUID().toString());
                    insert.setBytes(5, randomText(shape.metadataBytes()));
                    insert.setBytes(6, randomText(shape.payloadBytes()));
                    insert.setString(7, shape.payloadRevision());
                    insert.setString(8, shape.payloadType());
                    insert.setString(9, Instant.now().toString());
                    if (insert.executeUpdate() != 1) {
                        throw new IllegalStateException("insert did not insert");
                    }
                }

                @Override
                public void close() throws Exception {
                    insert.close();
                    connection.close();
                }
            };
        });
    }

    /** Printable ASCII, like the JSON the serializer writes (and as incompressible as ciphertext in base64). */
    private static byte[] randomText(int length) {
        byte[] bytes = new byte[length];
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < length; i++) {
            bytes[i] = (byte) (0x21 + random.nextInt(94));
        }
        return bytes;
    }
}
