/**
 * Messages of invitations (招待リンク, ADR 0021): staff issue a one-time link for an employee or a payee, who
 * opens it without an account, sends their own number (an employee also their dependents' and theirs),
 * sends ID-document images to the receive-only inbox and completes with a receipt. Only a hash of the
 * link's secret is ever stored; events carry ids, counts and codes, never a number or a name.
 */
package jp.mnledger.kernel.invitation;
