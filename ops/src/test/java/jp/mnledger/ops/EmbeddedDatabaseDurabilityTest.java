package jp.mnledger.ops;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Zonky starts PostgreSQL with fsync and synchronous_commit off; a ledger turns them back on. */
class EmbeddedDatabaseDurabilityTest extends ServerTestBase {

    @Autowired
    JdbcTemplate jdbc;

    @ParameterizedTest
    @ValueSource(strings = {"fsync", "synchronous_commit", "full_page_writes"})
    void theEmbeddedDatabaseIsDurable(String setting) {
        assertThat(jdbc.queryForObject("SHOW " + setting, String.class)).isEqualTo("on");
    }

    @ParameterizedTest
    @ValueSource(strings = {"axon", "keyvault", "command_lookup", "read_model"})
    void flywayOwnsEverySchema(String schema) {
        assertThat(jdbc.queryForObject("SELECT count(*) FROM information_schema.tables WHERE table_schema = ?",
                Integer.class, schema)).isPositive();
    }

    @ParameterizedTest
    @ValueSource(strings = {"domainevententry", "snapshotevententry", "tokenentry", "sagaentry", "deadletterentry"})
    void axonTablesStoreBytesAsByteaNeverAsLargeObjects(String table) {
        assertThat(jdbc.queryForList("""
                SELECT data_type FROM information_schema.columns
                WHERE table_schema = 'axon' AND table_name = ? AND data_type IN ('oid', 'bytea')""", String.class, table))
                .isNotEmpty()
                .containsOnly("bytea");
    }

    @org.junit.jupiter.api.Test
    void theGlobalIndexAdvancesOneAtATime() {
        assertThat(jdbc.queryForMap("SELECT increment_by, cache_size FROM pg_sequences WHERE schemaname = 'axon'"
                + " AND sequencename = 'domainevententry_globalindex_seq'"))
                .containsEntry("increment_by", 1L)
                .containsEntry("cache_size", 1L);
    }
}
