/**
 * Messages about offices, user accounts, role grants, handling rules, trainings, pledges (誓約書),
 * handler appointments and logins. Credentials are never in a message or event: password hashes and
 * TOTP secrets live in the identity store, which can be changed and erased.
 */
package jp.mnledger.kernel.identity;
