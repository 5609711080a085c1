package jp.mnledger.command.keyvault;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Where the key vault's tables live when they are not in the events' database ({@code mnledger.keys.db.url}): its own
 * JDBC template and transaction manager. Without such a bean the vault uses the server's database, in the command's
 * transaction.
 */
public record KeyVaultStore(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
}
