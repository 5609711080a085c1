package jp.mnledger.command.keyvault;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code mnledger.keys.*}: where the master key file is, whether the server may generate it on first
 * start, and how long an unwrapped data key may stay in memory. The cache lifetime bounds how long a
 * destroyed key can still open data in a running server, so keep it short. The tombstone file (default: next
 * to the master key) lists every destroyed key's subject, outside the database, so that a restored database
 * backup cannot bring a destroyed key back (ADR 0016).
 */
@ConfigurationProperties(prefix = "mnledger.keys")
public record KeyVaultProperties(Path masterKeyFile, boolean generateMasterKey, Duration dataKeyCacheTtl,
                                 long dataKeyCacheSize, Path tombstoneFile) {

    public KeyVaultProperties {
        if (masterKeyFile == null) {
            masterKeyFile = Path.of("data", "keys", "master.key");
        }
        if (dataKeyCacheTtl == null) {
            dataKeyCacheTtl = Duration.ofSeconds(30);
        }
        if (dataKeyCacheSize <= 0) {
            dataKeyCacheSize = 10_000;
        }
        if (tombstoneFile == null) {
            Path keys = masterKeyFile.toAbsolutePath().getParent();
            tombstoneFile = keys.resolve("tombstones.log");
        }
    }
}
