package jp.mnledger.command.identity;

/**
 * Who a live access token belongs to, whether they must change their password before anything else, and
 * whether the token is a browser session (cookie, CSRF-protected) rather than a bearer token.
 */
public record TokenHolder(String userId, boolean mustChangePassword, boolean session) {
}
