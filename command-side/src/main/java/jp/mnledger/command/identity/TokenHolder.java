package jp.mnledger.command.identity;

/** Who a live access token belongs to, and whether they must change their password before anything else. */
public record TokenHolder(String userId, boolean mustChangePassword) {
}
