package jp.mnledger.command.keyvault;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.SecretKey;
import jp.mnledger.kernel.error.DomainException;
import jp.mnledger.kernel.error.ErrorCode;
import jp.mnledger.kernel.seal.PersonalField;
import jp.mnledger.kernel.seal.SealedValue;
import jp.mnledger.kernel.seal.SealedValueOpener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The key vault on PostgreSQL (schema {@code keyvault}): tenant keys wrapped by the master key, one data
 * key per subject wrapped by its tenant key.
 *
 * <p>New keys are written in the caller's transaction (the command's), so a key exists exactly when the
 * events sealed with it were committed; a new key enters the in-memory cache only after that commit.
 * Unwrapped data keys stay in memory at most {@link KeyVaultProperties#dataKeyCacheTtl()}.
 */
public class JdbcKeyVault implements PersonalDataSealer, PersonalDocumentSealer, SealedValueOpener, SubjectEraser {

    private final JdbcTemplate jdbc;
    /** The events' database: snapshots and the disposal events (the same as {@link #jdbc} unless the vault has its own). */
    private final JdbcTemplate events;
    /** Transactions on the vault's database for the multi-statement operations (rotation); null: the caller's. */
    private final org.springframework.transaction.support.TransactionTemplate vaultTransactions;
    private volatile MasterKey masterKey;
    private final Clock clock;
    private final Map<String, TenantKey> tenantKeys = new ConcurrentHashMap<>();
    private final Cache<String, SecretKey> dataKeys;
    private final KeyTombstones tombstones;

    private record TenantKey(int version, SecretKey key) {
    }

    private record SubjectKeyRow(String tenantId, int tenantKeyVersion, byte[] wrappedKey) {
        boolean destroyed() {
            return wrappedKey == null;
        }
    }

    JdbcKeyVault(JdbcTemplate jdbc, MasterKey masterKey, KeyVaultProperties properties, Clock clock) {
        this(jdbc, masterKey, properties, clock, com.github.benmanes.caffeine.cache.Ticker.systemTicker());
    }

    /** The vault in its own database ({@code vault}), the events in theirs. */
    JdbcKeyVault(JdbcTemplate vault, JdbcTemplate events,
                 org.springframework.transaction.support.TransactionTemplate vaultTransactions, MasterKey masterKey,
                 KeyVaultProperties properties, Clock clock) {
        this(vault, events, vaultTransactions, masterKey, properties, clock,
                com.github.benmanes.caffeine.cache.Ticker.systemTicker());
    }

    /** With the cache's clock given, so a test can show how long a destroyed key may still decrypt elsewhere. */
    JdbcKeyVault(JdbcTemplate jdbc, MasterKey masterKey, KeyVaultProperties properties, Clock clock,
                 com.github.benmanes.caffeine.cache.Ticker cacheTicker) {
        this(jdbc, jdbc, null, masterKey, properties, clock, cacheTicker);
    }

    private JdbcKeyVault(JdbcTemplate jdbc, JdbcTemplate events,
                         org.springframework.transaction.support.TransactionTemplate vaultTransactions, MasterKey masterKey,
                         KeyVaultProperties properties, Clock clock, com.github.benmanes.caffeine.cache.Ticker cacheTicker) {
        this.jdbc = jdbc;
        this.events = events;
        this.vaultTransactions = vaultTransactions;
        this.masterKey = masterKey;
        this.clock = clock;
        this.dataKeys = Caffeine.newBuilder()
                .expireAfterWrite(properties.dataKeyCacheTtl())
                .maximumSize(properties.dataKeyCacheSize())
                .ticker(cacheTicker)
                .build();
        this.tombstones = new KeyTombstones(properties.tombstoneFile());
        refuseForeignMasterKey();
    }

    /** A key file that did not wrap the stored tenant keys would make every value unreadable: refuse to start. */
    private void refuseForeignMasterKey() {
        List<String> foreign = jdbc.queryForList(
                "SELECT DISTINCT master_key_id FROM keyvault.tenant_key WHERE master_key_id <> ?", String.class,
                masterKey.keyId());
        if (!foreign.isEmpty()) {
            throw new IllegalStateException("マスター鍵ファイルが鍵保管庫と一致しません / the master key file (" + masterKey.keyId()
                    + ") is not the one that wrapped the stored tenant keys " + foreign
                    + ". Restore the right key file (mnledger.keys.master-key-file).");
        }
    }

    @Override
    public SealedValue seal(String tenantId, String subjectId, PersonalField field, String clearText) {
        return AesGcm.seal(dataKeyForSealing(tenantId, subjectId), subjectId, field, clearText);
    }

    @Override
    public Optional<String> open(String subjectId, PersonalField field, SealedValue value) {
        return existingDataKey(subjectId).map(key -> AesGcm.open(key, subjectId, field, value));
    }

    @Override
    public SealedValue sealDocument(String tenantId, String subjectId, PersonalField field, String documentId,
                                    byte[] content) {
        return AesGcm.sealDocument(dataKeyForSealing(tenantId, subjectId), subjectId, field, documentId, content);
    }

    @Override
    public Optional<byte[]> openDocument(String subjectId, PersonalField field, String documentId, SealedValue sealed) {
        return existingDataKey(subjectId).map(key -> AesGcm.openDocument(key, subjectId, field, documentId, sealed));
    }

    private SecretKey dataKeyForSealing(String tenantId, String subjectId) {
        SecretKey cached = dataKeys.getIfPresent(subjectId);
        if (cached != null) {
            return cached;
        }
        Optional<SubjectKeyRow> row = findSubjectKey(subjectId);
        if (row.isEmpty()) {
            return createDataKey(tenantId, subjectId);
        }
        if (row.get().destroyed()) {
            throw new DomainException(ErrorCode.SUBJECT_KEY_DESTROYED);
        }
        if (!row.get().tenantId().equals(tenantId)) {
            // A subject belongs to exactly one tenant; sealing for another would cross the boundary.
            throw new DomainException(ErrorCode.SUBJECT_NOT_FOUND);
        }
        return unwrapAndCache(subjectId, row.get());
    }

    private Optional<SecretKey> existingDataKey(String subjectId) {
        SecretKey cached = dataKeys.getIfPresent(subjectId);
        if (cached != null) {
            return Optional.of(cached);
        }
        return findSubjectKey(subjectId)
                .filter(row -> !row.destroyed())
                .map(row -> unwrapAndCache(subjectId, row));
    }

    private SecretKey unwrapAndCache(String subjectId, SubjectKeyRow row) {
        SecretKey key = KeyWrap.unwrap(tenantKey(row.tenantId(), row.tenantKeyVersion()).getEncoded(), row.wrappedKey());
        dataKeys.put(subjectId, key);
        return key;
    }

    private SecretKey createDataKey(String tenantId, String subjectId) {
        TenantKey tenantKey = currentTenantKey(tenantId);
        byte[] keyBytes = AesGcm.randomKeyBytes();
        // Only under a tenant key version that still exists: a rotation may have retired the cached one.
        int inserted = jdbc.update("""
                INSERT INTO keyvault.subject_key (subject_id, tenant_id, tenant_key_version, wrapped_key, created_at)
                SELECT ?, ?, ?, ?, ? WHERE EXISTS (
                    SELECT 1 FROM keyvault.tenant_key WHERE tenant_id = ? AND version = ?)
                ON CONFLICT (subject_id) DO NOTHING""",
                subjectId, tenantId, tenantKey.version(), KeyWrap.wrap(tenantKey.key().getEncoded(), keyBytes),
                Timestamp.from(clock.instant()), tenantId, tenantKey.version());
        if (inserted == 0) {
            if (findSubjectKey(subjectId).isEmpty()) {
                tenantKeys.remove(tenantId); // the version was rotated away: take the current one
            }
            // Another transaction created (or destroyed) the key first, or the tenant key changed: try again.
            return dataKeyForSealing(tenantId, subjectId);
        }
        SecretKey key = new javax.crypto.spec.SecretKeySpec(keyBytes, "AES");
        afterCommit(() -> dataKeys.put(subjectId, key));
        return key;
    }

    private Optional<SubjectKeyRow> findSubjectKey(String subjectId) {
        return jdbc.query("SELECT tenant_id, tenant_key_version, wrapped_key FROM keyvault.subject_key WHERE subject_id = ?",
                (rs, i) -> new SubjectKeyRow(rs.getString(1), rs.getInt(2), rs.getBytes(3)), subjectId)
                .stream().findFirst();
    }

    private TenantKey currentTenantKey(String tenantId) {
        TenantKey cached = tenantKeys.get(tenantId);
        if (cached != null) {
            return cached;
        }
        Optional<TenantKey> stored = jdbc.query("""
                SELECT version, wrapped_key FROM keyvault.tenant_key WHERE tenant_id = ?
                ORDER BY version DESC LIMIT 1""",
                (rs, i) -> new TenantKey(rs.getInt(1), masterKey.unwrap(rs.getBytes(2))), tenantId)
                .stream().findFirst();
        if (stored.isPresent()) {
            tenantKeys.put(tenantId, stored.get());
            return stored.get();
        }
        byte[] keyBytes = AesGcm.randomKeyBytes();
        int inserted = jdbc.update("""
                INSERT INTO keyvault.tenant_key (tenant_id, version, master_key_id, wrapped_key, created_at)
                VALUES (?, 1, ?, ?, ?) ON CONFLICT DO NOTHING""",
                tenantId, masterKey.keyId(), masterKey.wrap(keyBytes), Timestamp.from(clock.instant()));
        if (inserted == 0) {
            return currentTenantKey(tenantId);
        }
        TenantKey created = new TenantKey(1, new javax.crypto.spec.SecretKeySpec(keyBytes, "AES"));
        afterCommit(() -> tenantKeys.put(tenantId, created));
        return created;
    }

    private SecretKey tenantKey(String tenantId, int version) {
        TenantKey current = tenantKeys.get(tenantId);
        if (current != null && current.version() == version) {
            return current.key();
        }
        TenantKey loaded = jdbc.query("SELECT version, wrapped_key FROM keyvault.tenant_key WHERE tenant_id = ? AND version = ?",
                        (rs, i) -> new TenantKey(rs.getInt(1), masterKey.unwrap(rs.getBytes(2))), tenantId, version)
                .stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("tenant key " + tenantId + " v" + version + " is missing"));
        tenantKeys.merge(tenantId, loaded, (a, b) -> a.version() >= b.version() ? a : b);
        return loaded.key();
    }

    /**
     * Destroys the subject's data key: the wrapped key is overwritten with NULL and the row stays as a
     * tombstone (a subject that never had a key gets one too). The key leaves this JVM's cache at once and
     * again after commit; another node's cache lets it decrypt for at most {@code data-key-cache-ttl}.
     * Snapshots of the subject's aggregate are deleted in the same transaction.
     */
    @Override
    public boolean erase(String tenantId, String subjectId) {
        dataKeys.invalidate(subjectId);
        java.sql.Timestamp now = Timestamp.from(clock.instant());
        int destroyed = jdbc.update("""
                UPDATE keyvault.subject_key SET wrapped_key = NULL, destroyed_at = ?
                WHERE subject_id = ? AND wrapped_key IS NOT NULL""", now, subjectId);
        if (destroyed == 0) {
            jdbc.update("""
                    INSERT INTO keyvault.subject_key (subject_id, tenant_id, tenant_key_version, wrapped_key, created_at,
                                                      destroyed_at)
                    VALUES (?, ?, 0, NULL, ?, ?) ON CONFLICT (subject_id) DO NOTHING""", subjectId, tenantId, now, now);
        }
        events.update("DELETE FROM axon.snapshotevententry WHERE aggregateidentifier = ?", subjectId);
        pendingTombstone(subjectId, tenantId, clock.instant());
        return destroyed > 0;
    }

    /**
     * Destroys again every key that should be gone but is not: those the tombstone file lists, and those of
     * subjects whose disposal the event store records. A key alive here means the vault was restored from a
     * backup older than the disposal. Answers how many keys were destroyed; run at start.
     */
    public int reconcileTombstones() {
        Map<String, String> expected = new java.util.LinkedHashMap<>(tombstones.read());
        events.query("""
                SELECT aggregateidentifier FROM axon.domainevententry
                WHERE payloadtype = 'jp.mnledger.kernel.retention.SubjectDisposedEvent'""",
                rs -> {
                    expected.putIfAbsent(rs.getString(1), null);
                });
        Map<String, String> inFile = tombstones.read();
        int destroyed = 0;
        Instant now = clock.instant();
        for (Map.Entry<String, String> tombstone : expected.entrySet()) {
            String subjectId = tombstone.getKey();
            destroyed += jdbc.update("""
                    UPDATE keyvault.subject_key SET wrapped_key = NULL, destroyed_at = ?
                    WHERE subject_id = ? AND wrapped_key IS NOT NULL""", Timestamp.from(now), subjectId);
            dataKeys.invalidate(subjectId);
            if (!inFile.containsKey(subjectId)) {
                String tenant = jdbc.queryForList("SELECT tenant_id FROM keyvault.subject_key WHERE subject_id = ?",
                        String.class, subjectId).stream().findFirst().orElse("unknown");
                tombstones.append(java.util.Collections.singletonList(new String[] {subjectId, tenant, now.toString()}));
            }
        }
        return destroyed;
    }

    /**
     * Tenant key rotation: a new version of the tenant's key, every live data key of the tenant re-wrapped under it
     * (the sealed values and the events do not change), and the old versions deleted, so a copy of a data key
     * wrapped under an old version is useless without a copy of that version. One transaction; answers how many
     * data keys were re-wrapped. Tombstones stay tombstones.
     */
    public synchronized int rotateTenantKey(String tenantId) {
        return vaultTransactions == null ? rotateTenantKeyInTransaction(tenantId)
                : vaultTransactions.execute(status -> rotateTenantKeyInTransaction(tenantId));
    }

    private int rotateTenantKeyInTransaction(String tenantId) {
        // No data key may be created or changed while the tenant's keys are re-wrapped.
        jdbc.execute("LOCK TABLE keyvault.subject_key IN EXCLUSIVE MODE");
        tenantKeys.remove(tenantId);
        TenantKey old = currentTenantKey(tenantId);
        byte[] newKeyBytes = AesGcm.randomKeyBytes();
        int version = old.version() + 1;
        jdbc.update("""
                INSERT INTO keyvault.tenant_key (tenant_id, version, master_key_id, wrapped_key, created_at)
                VALUES (?, ?, ?, ?, ?)""", tenantId, version, masterKey.keyId(), masterKey.wrap(newKeyBytes),
                Timestamp.from(clock.instant()));
        List<Object[]> rewrapped = new java.util.ArrayList<>();
        jdbc.query("""
                SELECT subject_id, tenant_key_version, wrapped_key FROM keyvault.subject_key
                WHERE tenant_id = ? AND wrapped_key IS NOT NULL""", rs -> {
            SecretKey dataKey = KeyWrap.unwrap(tenantKey(tenantId, rs.getInt(2)).getEncoded(), rs.getBytes(3));
            rewrapped.add(new Object[] {version, KeyWrap.wrap(newKeyBytes, dataKey.getEncoded()), rs.getString(1)});
        }, tenantId);
        jdbc.batchUpdate("UPDATE keyvault.subject_key SET tenant_key_version = ?, wrapped_key = ? WHERE subject_id = ?",
                rewrapped);
        jdbc.update("DELETE FROM keyvault.tenant_key WHERE tenant_id = ? AND version < ?", tenantId, version);
        TenantKey created = new TenantKey(version, new javax.crypto.spec.SecretKeySpec(newKeyBytes, "AES"));
        tenantKeys.remove(tenantId);
        afterCommit(() -> tenantKeys.put(tenantId, created));
        return rewrapped.size();
    }

    /**
     * Master key rotation: every tenant key re-wrapped under {@code newMaster} in one transaction; from then on the
     * vault uses it. The old key file must then be destroyed (and the server pointed at the new one): backups of the
     * vault taken before can no longer be opened. Answers how many tenant keys were re-wrapped.
     */
    public synchronized int rotateMasterKey(MasterKey newMaster) {
        return vaultTransactions == null ? rotateMasterKeyInTransaction(newMaster)
                : vaultTransactions.execute(status -> rotateMasterKeyInTransaction(newMaster));
    }

    private int rotateMasterKeyInTransaction(MasterKey newMaster) {
        List<Object[]> rewrapped = new java.util.ArrayList<>();
        jdbc.query("SELECT tenant_id, version, wrapped_key FROM keyvault.tenant_key", rs -> {
            SecretKey tenantKey = masterKey.unwrap(rs.getBytes(3));
            rewrapped.add(new Object[] {newMaster.keyId(), newMaster.wrap(tenantKey.getEncoded()), rs.getString(1),
                    rs.getInt(2)});
        });
        jdbc.batchUpdate("UPDATE keyvault.tenant_key SET master_key_id = ?, wrapped_key = ? WHERE tenant_id = ? AND version = ?",
                rewrapped);
        MasterKey previous = masterKey;
        masterKey = newMaster;
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status != STATUS_COMMITTED) {
                        masterKey = previous;
                    }
                }
            });
        }
        return rewrapped.size();
    }

    /** The id of the master key the vault wraps tenant keys with. */
    public String masterKeyId() {
        return masterKey.keyId();
    }

    private record Tombstone(String subjectId, String tenantId, Instant at) {
    }

    /**
     * After commit: the keys leave this JVM's cache and the tombstone file gets every line of the transaction with
     * one forced write (a batch of disposals is one fsync, not one per subject).
     */
    private void pendingTombstone(String subjectId, String tenantId, Instant at) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            dataKeys.invalidate(subjectId);
            tombstones.append(java.util.Collections.singletonList(new String[] {subjectId, tenantId, at.toString()}));
            return;
        }
        @SuppressWarnings("unchecked")
        List<Tombstone> pending = (List<Tombstone>) TransactionSynchronizationManager.getResource(this);
        if (pending == null) {
            List<Tombstone> created = new java.util.ArrayList<>();
            TransactionSynchronizationManager.bindResource(this, created);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    created.forEach(t -> dataKeys.invalidate(t.subjectId()));
                    tombstones.append(created.stream()
                            .map(t -> new String[] {t.subjectId(), t.tenantId(), t.at().toString()}).toList());
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(JdbcKeyVault.this);
                }
            });
            pending = created;
        }
        pending.add(new Tombstone(subjectId, tenantId, at));
    }

    /** Runs after the surrounding transaction commits, or at once when there is none. */
    private static void afterCommit(Runnable action) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    action.run();
                }
            });
        } else {
            action.run();
        }
    }
}
