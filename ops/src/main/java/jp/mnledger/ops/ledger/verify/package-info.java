/**
 * The offline verifier: a bundle or the live database (read-only) checked against the signed tree heads, naming
 * the first bad leaf. Used by the {@code verify} subcommand; needs no Spring, no network and no data key.
 */
package jp.mnledger.ops.ledger.verify;
