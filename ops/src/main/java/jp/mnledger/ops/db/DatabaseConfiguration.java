package jp.mnledger.ops.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import jp.mnledger.ops.DatabaseUrls;
import jp.mnledger.ops.MnLedgerProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Chooses the database. With {@code mnledger.db.url} blank: an embedded PostgreSQL whose data directory
 * persists across restarts, made durable (zonky starts it with fsync and synchronous_commit off), with a
 * Hikari pool (zonky's own data source opens a connection per transaction). With a URL: that database
 * only; if it cannot be reached the server refuses to start.
 */
@Configuration(proxyBeanMethods = false)
public class DatabaseConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseConfiguration.class);

    static class EmbeddedCondition implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            String url = context.getEnvironment().getProperty("mnledger.db.url");
            return url == null || url.isBlank();
        }
    }

    static class ExternalCondition implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !new EmbeddedCondition().matches(context, metadata);
        }
    }

    @Configuration(proxyBeanMethods = false)
    @Conditional(EmbeddedCondition.class)
    static class Embedded {

        /** Not stopped by a JVM shutdown hook of its own: Spring closes it after Axon and the pool are done. */
        @Bean(destroyMethod = "close")
        EmbeddedPostgres embeddedPostgres(MnLedgerProperties properties) throws IOException {
            Path dir = properties.dataDir().resolve("postgres").toAbsolutePath();
            Files.createDirectories(dir);
            LOG.info("Starting the embedded PostgreSQL in {}", dir);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dir)
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    // A ledger must survive a power cut: turn durability back on (the later -c overrides -F).
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    .setServerConfig("max_connections", "100")
                    // Crypto-shredding: WAL segments behind a checkpoint are deleted, not recycled (a recycled
                    // segment keeps old bytes, e.g. a destroyed key's wrapped form, until overwritten).
                    .setServerConfig("wal_recycle", "off")
                    .setServerConfig("wal_keep_size", "0");
            if (properties.db().embeddedPort() > 0) {
                builder.setPort(properties.db().embeddedPort());
            }
            EmbeddedPostgres postgres = builder.start();
            LOG.info("The embedded PostgreSQL listens on localhost:{} (user postgres, database postgres)", postgres.getPort());
            return postgres;
        }

        @Bean(destroyMethod = "close")
        HikariDataSource dataSource(EmbeddedPostgres postgres, MnLedgerProperties properties) {
            HikariConfig config = baseConfig(properties);
            config.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
            config.setUsername("postgres");
            return open(config);
        }
    }

    @Configuration(proxyBeanMethods = false)
    @Conditional(ExternalCondition.class)
    static class External {

        @Bean(destroyMethod = "close")
        HikariDataSource dataSource(MnLedgerProperties properties, Environment environment) {
            if (environment.acceptsProfiles(Profiles.of("demo"))) {
                // The demo's passwords are public (API.md): never on a real database.
                throw new IllegalStateException("デモプロファイルは組み込みデータベースでのみ動作します / the demo profile "
                        + "(public passwords) runs only on the embedded database; unset MNLEDGER_DB_URL or drop the demo profile");
            }
            HikariConfig config = baseConfig(properties);
            config.setJdbcUrl(properties.db().url());
            config.setUsername(properties.db().user());
            config.setPassword(properties.db().password());
            LOG.info("Using the external PostgreSQL at {}", DatabaseUrls.redact(properties.db().url()));
            return open(config);
        }
    }

    private static HikariConfig baseConfig(MnLedgerProperties properties) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("mnledger");
        config.setMaximumPoolSize(properties.db().poolSize());
        config.setConnectionTimeout(Duration.ofSeconds(10).toMillis());
        // Fail at start-up, not at the first request: the pool opens a connection now.
        config.setInitializationFailTimeout(1);
        return config;
    }

    private static HikariDataSource open(HikariConfig config) {
        try {
            return new HikariDataSource(config);
        } catch (HikariPool.PoolInitializationException e) {
            throw new DatabaseUnreachableException(DatabaseUrls.redact(config.getJdbcUrl()), e);
        }
    }
}
