/**
 * The evidence bundle's files (docs/evidence-bundle.md) and their writer, independent of where the ledger is kept
 * ({@link jp.mnledger.ops.ledger.bundle.LedgerData}): the database, or a generator in a benchmark. No Spring.
 */
package jp.mnledger.ops.ledger.bundle;
