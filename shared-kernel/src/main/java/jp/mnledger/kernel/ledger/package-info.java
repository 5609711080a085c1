/**
 * The ledger's tamper evidence, as pure algorithms and contracts: RFC 9162 Merkle tree hashing, proofs and
 * their verification, the canonical bytes of a leaf (one stored event), the signing input of a tree head,
 * and the messages of the ledger API. JDK only, so that any verifier — ours in {@code ops}, or an
 * auditor's — needs nothing else. The format of an evidence bundle is in docs/evidence-bundle.md.
 */
package jp.mnledger.kernel.ledger;
