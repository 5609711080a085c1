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
    JdbcKeyVault keyVault(JdbcTemplate jdbcTemplate, KeyVaultProperties properties, ObjectProvider<Clock> clock) {
        MasterKey masterKey = MasterKey.loadOrGenerate(properties.masterKeyFile(), properties.generateMasterKey());
        return new JdbcKeyVault(jdbcTemplate, masterKey, properties, clock.getIfAvailable(Clock::systemUTC));
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
