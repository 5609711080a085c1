package jp.mnledger.kernel.identity;

import org.axonframework.serialization.Revision;

/**
 * A login failed. {@code userId} is null when the username names no account (the attempted name is not
 * kept: people type passwords into the username field). Reasons: BAD_CREDENTIALS, TOTP_REQUIRED,
 * TOTP_INVALID, LOCKED, THROTTLED, DISABLED.
 */
@Revision("1")
public record LoginFailedEvent(String userId, String reason) {
}
