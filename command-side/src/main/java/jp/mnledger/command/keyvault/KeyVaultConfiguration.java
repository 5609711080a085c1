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
}
