package jp.mnledger.command.identity;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code mnledger.identity.*}: token lifetime, lock-out and throttling. Defaults: tokens live 15
 * minutes (API.md: expiresIn 900), and a browser session ends after 15 idle minutes or 8 hours in all;
 * 5 consecutive failures lock an account for 15 minutes; 20 failures from one address within 5 minutes
 * throttle that address.
 */
@ConfigurationProperties(prefix = "mnledger.identity")
public record IdentityProperties(Duration tokenLifetime, int lockAfterFailures, Duration lockDuration,
                                 int throttleAfterFailures, Duration throttleWindow, Duration sessionMaximum) {

    public IdentityProperties {
        tokenLifetime = tokenLifetime == null ? Duration.ofMinutes(15) : tokenLifetime;
        lockAfterFailures = lockAfterFailures <= 0 ? 5 : lockAfterFailures;
        lockDuration = lockDuration == null ? Duration.ofMinutes(15) : lockDuration;
        throttleAfterFailures = throttleAfterFailures <= 0 ? 20 : throttleAfterFailures;
        throttleWindow = throttleWindow == null ? Duration.ofMinutes(5) : throttleWindow;
        sessionMaximum = sessionMaximum == null ? Duration.ofHours(8) : sessionMaximum;
    }

    @Override
    public String toString() {
        return "IdentityProperties[tokenLifetime=" + tokenLifetime + ", lockAfterFailures=" + lockAfterFailures + "]";
    }
}
