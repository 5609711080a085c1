/**
 * Invitations (ADR 0021): the Invitation aggregate, the links' secrets (hashed), and the short sessions an
 * opened link starts for the invited person — no account, no password, one subject.
 */
package jp.mnledger.command.invitation;
