/**
 * The server jar's subcommands ({@code verify}, {@code export}, {@code ledger-key}), run by
 * {@link jp.mnledger.ops.MnLedgerServer#main} without starting the server. Exit status 0 ok, 1 failed or
 * tampered, 2 bad usage.
 */
package jp.mnledger.ops.cli;
