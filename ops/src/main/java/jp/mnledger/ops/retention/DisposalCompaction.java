package jp.mnledger.ops.retention;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import jp.mnledger.kernel.retention.SubjectDisposedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * After disposals, PostgreSQL still holds the old row versions (a destroyed key's wrapped bytes, a name in a
 * read table) in dead tuples and in WAL segments until they are rewritten. Shortly after the last disposal this
 * rewrites the tables that held such copies ({@code VACUUM FULL}) and moves the WAL on past them ({@code CHECKPOINT},
 * {@code pg_switch_wal()}, {@code CHECKPOINT}; the embedded server deletes old segments rather than recycling them,
 * {@code wal_recycle=off}). Backups and replicas are outside its reach: see ADR 0016. Runs at most once per
 * {@code mnledger.retention.compaction-interval}; a database user without the right to checkpoint gets a warning.
 */
@Component
@ProcessingGroup("disposal-compaction")
public class DisposalCompaction {

    private static final Logger LOG = LoggerFactory.getLogger(DisposalCompaction.class);
    static final List<String> TABLES_WITH_COPIES = List.of("keyvault.subject_key", "inbox.id_document_image",
            "read_model.subject", "read_model.id_document_image");

    private final JdbcTemplate jdbc;
    private final boolean enabled;
    private final AtomicBoolean pending = new AtomicBoolean();
    private final AtomicBoolean warned = new AtomicBoolean();

    private final org.springframework.beans.factory.ObjectProvider<jp.mnledger.command.keyvault.KeyVaultStore> vault;

    DisposalCompaction(JdbcTemplate jdbc, @Value("${mnledger.retention.compact-after-disposal:true}") boolean enabled,
                       org.springframework.beans.factory.ObjectProvider<jp.mnledger.command.keyvault.KeyVaultStore> vault) {
        this.jdbc = jdbc;
        this.enabled = enabled;
        this.vault = vault;
    }

    @EventHandler
    void on(SubjectDisposedEvent event) {
        pending.set(true);
    }

    @Scheduled(fixedDelayString = "${mnledger.retention.compaction-interval:PT10S}",
            initialDelayString = "${mnledger.retention.compaction-interval:PT10S}")
    void compactIfPending() {
        if (enabled && pending.getAndSet(false)) {
            compact();
        }
    }

    /** Rewrites the tables that held copies and retires the WAL that recorded them. Also called by tests. */
    public void compact() {
        jp.mnledger.command.keyvault.KeyVaultStore ownVaultDatabase = vault.getIfAvailable();
        if (ownVaultDatabase != null) {
            compact(ownVaultDatabase.jdbc(), List.of("keyvault.subject_key"));
        }
        compact(jdbc, TABLES_WITH_COPIES);
    }

    private void compact(JdbcTemplate jdbc, List<String> tables) {
        try {
            for (String table : tables) {
                if (Boolean.TRUE.equals(jdbc.queryForObject("SELECT to_regclass(?) IS NOT NULL", Boolean.class, table))) {
                    jdbc.execute("VACUUM FULL " + table);
                }
            }
            jdbc.execute("CHECKPOINT");
            jdbc.queryForObject("SELECT pg_switch_wal()::text", String.class);
            jdbc.execute("CHECKPOINT");
        } catch (DataAccessException e) {
            if (warned.compareAndSet(false, true)) {
                LOG.warn("Disposal compaction needs VACUUM FULL and CHECKPOINT rights (owner, pg_checkpoint): {}; old row "
                        + "versions stay until PostgreSQL rewrites them", e.getClass().getSimpleName());
            }
        }
    }
}
