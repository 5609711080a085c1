package jp.mnledger.ops.ledger;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;
import org.bouncycastle.util.Arrays;

/**
 * Ed25519 (RFC 8032) through Bouncy Castle's lightweight API — on this machine kind about 20 times the JDK's
 * SunEC for signing and 8 times for verifying (DESIGN.md) — for tree heads only. No provider is registered.
 */
public final class Ed25519 {

    public static final String ALGORITHM = "Ed25519";
    public static final int KEY_SIZE = 32;
    public static final int SIGNATURE_SIZE = 64;
    /** DER prefix of an Ed25519 SubjectPublicKeyInfo (RFC 8410 §4): SEQUENCE { AlgorithmIdentifier 1.3.101.112, BIT STRING }. */
    private static final byte[] SPKI_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");
    private static final SecureRandom RANDOM = new SecureRandom();

    private Ed25519() {
    }

    /** A new private key (its 32-byte seed). */
    public static byte[] generatePrivateKey() {
        byte[] seed = new byte[KEY_SIZE];
        RANDOM.nextBytes(seed);
        return seed;
    }

    public static byte[] publicKey(byte[] privateKey) {
        return new Ed25519PrivateKeyParameters(privateKey, 0).generatePublicKey().getEncoded();
    }

    public static byte[] sign(byte[] privateKey, byte[] message) {
        Ed25519Signer signer = new Ed25519Signer();
        signer.init(true, new Ed25519PrivateKeyParameters(privateKey, 0));
        signer.update(message, 0, message.length);
        return signer.generateSignature();
    }

    /** Whether {@code signature} is a valid signature of {@code message} under {@code publicKey}; false for malformed input. */
    public static boolean verify(byte[] publicKey, byte[] message, byte[] signature) {
        if (publicKey == null || publicKey.length != KEY_SIZE || signature == null || signature.length != SIGNATURE_SIZE) {
            return false;
        }
        try {
            Ed25519Signer verifier = new Ed25519Signer();
            verifier.init(false, new Ed25519PublicKeyParameters(publicKey, 0));
            verifier.update(message, 0, message.length);
            return verifier.verifySignature(signature);
        } catch (IllegalArgumentException notAPoint) {
            return false;
        }
    }

    /** The public key as a DER SubjectPublicKeyInfo, the form OpenSSL and the JDK's KeyFactory read. */
    public static byte[] subjectPublicKeyInfo(byte[] publicKey) {
        return Arrays.concatenate(SPKI_PREFIX, publicKey);
    }

    /** The key's id: {@code ed25519-} and the first 16 hex digits of SHA-256 of the raw public key. */
    public static String keyId(byte[] publicKey) {
        byte[] digest = jp.mnledger.kernel.ledger.MerkleHash.newSha256().digest(publicKey);
        return "ed25519-" + HexFormat.of().formatHex(digest, 0, 8);
    }

    /** Whether the key id is the one derived from this public key. */
    public static boolean keyIdMatches(String keyId, byte[] publicKey) {
        return keyId != null && publicKey != null
                && MessageDigest.isEqual(keyId.getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                keyId(publicKey).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }
}
