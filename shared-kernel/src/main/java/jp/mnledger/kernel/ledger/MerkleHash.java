package jp.mnledger.kernel.ledger;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The hashing of RFC 9162 §2.1.1 (Certificate Transparency): SHA-256, with a leaf prefixed by 0x00 and an
 * interior node by 0x01, so that no leaf can be passed off as a node (second-preimage resistance of the tree).
 * The hash of an empty tree is SHA-256 of nothing.
 */
public final class MerkleHash {

    /** Length of every hash in the tree, in bytes. */
    public static final int SIZE = 32;
    static final byte LEAF_PREFIX = 0x00;
    static final byte NODE_PREFIX = 0x01;

    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(MerkleHash::newSha256);

    private MerkleHash() {
    }

    /** A fresh SHA-256 digest from the JDK (hardware-accelerated where the CPU has the instructions). */
    public static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** MTH({}) = SHA-256(): the root of the empty tree. */
    public static byte[] emptyRoot() {
        MessageDigest digest = SHA256.get();
        digest.reset();
        return digest.digest();
    }

    /** MTH({d}) = SHA-256(0x00 || d). */
    public static byte[] leaf(byte[] data) {
        return leaf(data, 0, data.length);
    }

    /** The leaf hash of {@code data[offset, offset + length)}. */
    public static byte[] leaf(byte[] data, int offset, int length) {
        MessageDigest digest = SHA256.get();
        digest.reset();
        digest.update(LEAF_PREFIX);
        digest.update(data, offset, length);
        return digest.digest();
    }

    /** SHA-256(0x01 || left || right). */
    public static byte[] node(byte[] left, byte[] right) {
        return node(left, 0, right, 0);
    }

    static byte[] node(byte[] left, int leftOffset, byte[] right, int rightOffset) {
        MessageDigest digest = SHA256.get();
        digest.reset();
        digest.update(NODE_PREFIX);
        digest.update(left, leftOffset, SIZE);
        digest.update(right, rightOffset, SIZE);
        return digest.digest();
    }

    /** Whether {@code hash} is a hash of this tree at all (non-null, 32 bytes). */
    static boolean wellFormed(byte[] hash) {
        return hash != null && hash.length == SIZE;
    }
}
