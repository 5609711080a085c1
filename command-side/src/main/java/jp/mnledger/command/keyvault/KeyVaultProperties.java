package jp.mnledger.command.keyvault;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code mnledger.keys.*}: where the master key file is, whether the server may generate it on first
 * start, and how long an unwrapped data key may stay in memory. The cache lifetime bounds how long a
 * destroyed key can still open data in a running server, so keep it short.
 */
@ConfigurationProperties(prefix = "mnledger.keys")
public record KeyVaultProperties(Path masterKeyFile, boolean generateMasterKey, Duration dataKeyCacheTtl,
                                 long dataKeyCacheSize) {

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
    }
}
