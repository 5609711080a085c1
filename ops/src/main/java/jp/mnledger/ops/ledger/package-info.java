/**
 * The ledger's tamper evidence in the server (ADR 0012): the processor that makes every stored event a leaf,
 * the signer of tree heads and its key files, the ledger's tables and endpoints, and the bundle writer. The
 * algorithms themselves are in {@code jp.mnledger.kernel.ledger}; the bundle format in docs/evidence-bundle.md.
 */
package jp.mnledger.ops.ledger;
