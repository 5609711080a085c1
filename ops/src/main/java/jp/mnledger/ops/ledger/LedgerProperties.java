package jp.mnledger.ops.ledger;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code mnledger.ledger.*}: the tamper evidence.
 *
 * @param headInterval  how often a tree head is signed, if the tree grew since the last one (default 1 minute;
 *                      env {@code MNLEDGER_LEDGER_HEAD_INTERVAL})
 * @param signingKeyDir the directory of the Ed25519 signing keys (default {@code <data-dir>/keys/ledger-signing};
 *                      env {@code MNLEDGER_LEDGER_SIGNING_KEY_DIR})
 */
@ConfigurationProperties(prefix = "mnledger.ledger")
public record LedgerProperties(Duration headInterval, Path signingKeyDir) {

    public LedgerProperties {
        if (headInterval == null || headInterval.isNegative() || headInterval.isZero()) {
            headInterval = Duration.ofMinutes(1);
        }
        if (signingKeyDir == null) {
            signingKeyDir = Path.of("data", "keys", "ledger-signing");
        }
    }
}
