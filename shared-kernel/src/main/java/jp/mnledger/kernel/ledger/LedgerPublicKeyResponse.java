package jp.mnledger.kernel.ledger;

import java.time.Instant;

/**
 * A public key that signs (or signed) tree heads. Retired keys stay listed: heads they signed still verify.
 *
 * @param keyId     the id a head names
 * @param algorithm always {@code Ed25519}
 * @param publicKey the raw 32-byte public key (RFC 8032), base64
 * @param spki      the same key as a DER SubjectPublicKeyInfo (RFC 8410), base64 — what OpenSSL reads as PEM
 * @param createdAt when the key was made
 * @param retiredAt when a newer key replaced it, or null for the current key
 */
public record LedgerPublicKeyResponse(String keyId, String algorithm, String publicKey, String spki, Instant createdAt,
                                      Instant retiredAt) {
}
