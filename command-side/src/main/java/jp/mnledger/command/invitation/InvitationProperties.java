package jp.mnledger.command.invitation;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code mnledger.invitations.*}: how long a link is valid by default (14 days) and within which bounds a
 * caller may choose (1 hour to 90 days), how long an opened link's session lasts without a request (15
 * minutes) and at most (2 hours), and the base URL links start with (empty: the server's address as the
 * issuing request reached it).
 */
@ConfigurationProperties(prefix = "mnledger.invitations")
public record InvitationProperties(Duration validity, Duration minimumValidity, Duration maximumValidity,
                                   Duration sessionIdle, Duration sessionMaximum, String baseUrl) {

    public InvitationProperties {
        validity = validity == null ? Duration.ofDays(14) : validity;
        minimumValidity = minimumValidity == null ? Duration.ofHours(1) : minimumValidity;
        maximumValidity = maximumValidity == null ? Duration.ofDays(90) : maximumValidity;
        sessionIdle = sessionIdle == null ? Duration.ofMinutes(15) : sessionIdle;
        sessionMaximum = sessionMaximum == null ? Duration.ofHours(2) : sessionMaximum;
        baseUrl = baseUrl == null || baseUrl.isBlank() ? null : baseUrl.replaceAll("/+$", "");
    }
}
