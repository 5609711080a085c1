package jp.mnledger.ops.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import jp.mnledger.command.keyvault.KeyVaultStore;
import org.flywaydb.core.Flyway;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcTransactionManager;

/**
 * The key vault on a database of its own ({@code mnledger.keys.db.url}, {@code .user}, {@code .password}): its own
 * pool, its own Flyway history ({@code db/keyvault}), never a second {@code DataSource} bean (the events' database
 * stays the only one Spring Boot wires). Blank URL: the vault stays in schema {@code keyvault} of the events' database.
 * If the vault's database cannot be reached the server refuses to start.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${mnledger.keys.db.url:}' != ''")
class KeyVaultDatabaseConfiguration {

    /** The vault's pool, closed with the context. */
    static final class VaultPool implements AutoCloseable {
        private final HikariDataSource dataSource;

        VaultPool(HikariDataSource dataSource) {
            this.dataSource = dataSource;
        }

        @Override
        public void close() {
            dataSource.close();
        }
    }

    @Bean(destroyMethod = "close")
    VaultPool keyVaultPool(@Value("${mnledger.keys.db.url}") String url, @Value("${mnledger.keys.db.user:}") String user,
                           @Value("${mnledger.keys.db.password:}") String password) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(user.isBlank() ? null : user);
        config.setPassword(password.isBlank() ? null : password);
        config.setPoolName("mnledger-keyvault");
        config.setMaximumPoolSize(10);
        HikariDataSource dataSource = new HikariDataSource(config);
        Flyway.configure().dataSource(dataSource).locations("classpath:db/keyvault")
                .table("keyvault_schema_history").load().migrate();
        return new VaultPool(dataSource);
    }

    @Bean
    KeyVaultStore keyVaultStore(VaultPool pool) {
        return new KeyVaultStore(new JdbcTemplate(pool.dataSource), new JdbcTransactionManager(pool.dataSource));
    }
}
