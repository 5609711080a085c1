/**
 * Credential rules for people who sign in to mnledger, as plain, stateless building blocks:
 * {@link jp.mnledger.command.identity.credentials.PasswordPolicy} decides whether a new password is
 * acceptable, and {@link jp.mnledger.command.identity.credentials.Totp} generates and verifies RFC 6238
 * one-time codes for the second factor.
 *
 * <p>Meant for the command side's identity code (account registration, password change, sign-in); the
 * types are public so that code can live in a sibling package, but nothing outside the command side
 * should call them. They hold no state and no Spring: storing password hashes, TOTP secrets (sealed,
 * as personal data) and the last accepted time step, and recording refusals as events, belong to the
 * caller. Neither class ever puts a password, secret or code into a message, log line or
 * {@code toString()}.
 */
package jp.mnledger.command.identity.credentials;
