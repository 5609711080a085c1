package jp.mnledger.command.keyvault;

import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** Wires the key vault: the master key from its file, the vault on the configured database. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(KeyVaultProperties.class)
public class KeyVaultConfiguration {

    @Bean
    JdbcKeyVault keyVault(JdbcTemplate jdbcTemplate, KeyVaultProperties properties, ObjectProvider<Clock> clock,
                          ObjectProvider<KeyVaultStore> ownDatabase,
                          org.springframework.transaction.PlatformTransactionManager transactions) {
        MasterKey masterKey = MasterKey.loadOrGenerate(properties.masterKeyFile(), properties.generateMasterKey());
        KeyVaultStore store = ownDatabase.getIfAvailable();
        if (store == null) {
            // The events' database, in the command's transaction (the default).
            return new JdbcKeyVault(jdbcTemplate, jdbcTemplate,
                    new org.springframework.transaction.support.TransactionTemplate(transactions), masterKey, properties,
                    clock.getIfAvailable(Clock::systemUTC));
        }
        return new JdbcKeyVault(store.jdbc(), jdbcTemplate,
                new org.springframework.transaction.support.TransactionTemplate(store.transactions()), masterKey, properties,
                clock.getIfAvailable(Clock::systemUTC));
    }

    /**
     * Master key rotation at start: with {@code mnledger.keys.rotate-master-key-to} naming a new key file (generated
     * when missing), every tenant key is re-wrapped under it in one transaction. Then point
     * {@code mnledger.keys.master-key-file} at the new file and destroy the old one: the server refuses to start
     * with a key that did not wrap the stored tenant keys.
     */
    @Bean
    org.springframework.boot.ApplicationRunner masterKeyRotation(JdbcKeyVault vault,
            @org.springframework.beans.factory.annotation.Value("${mnledger.keys.rotate-master-key-to:}") String newKeyFile) {
        return args -> {
            if (newKeyFile.isBlank()) {
                return;
            }
            MasterKey newKey = MasterKey.loadOrGenerate(java.nio.file.Path.of(newKeyFile), true);
            if (newKey.keyId().equals(vault.masterKeyId())) {
                return;
            }
            int rewrapped = vault.rotateMasterKey(newKey);
            org.slf4j.LoggerFactory.getLogger(KeyVaultConfiguration.class).warn("Master key rotated: {} tenant key(s) "
                    + "re-wrapped under {}. Set mnledger.keys.master-key-file to {} and destroy the old key file.",
                    rewrapped, newKey.keyId(), newKeyFile);
        };
    }

    /** At start: a key alive for a subject the tombstone file or the events say was disposed of is destroyed again. */
    @Bean
    org.springframework.boot.ApplicationRunner keyTombstoneReconciliation(JdbcKeyVault vault) {
        return args -> {
            int resurrected = vault.reconcileTombstones();
            if (resurrected > 0) {
                org.slf4j.LoggerFactory.getLogger(KeyVaultConfiguration.class).warn(
                        "{} data key(s) of disposed subjects were alive in the vault (restored from an older backup?) "
                                + "and have been destroyed again", resurrected);
            }
        };
    }
}
