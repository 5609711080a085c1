/**
 * Identity and access on the command side: the Office and UserAccount aggregates, the credential store
 * (Argon2id hashes, sealed TOTP secrets, hashed access tokens), login with throttling and lock-out, and
 * the authorisation interceptor that asks {@link jp.mnledger.kernel.access.AccessPolicy} before any
 * command handler runs.
 */
package jp.mnledger.command.identity;
