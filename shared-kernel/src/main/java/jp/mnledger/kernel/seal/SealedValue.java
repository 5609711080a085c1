package jp.mnledger.kernel.seal;

import java.util.Arrays;
import java.util.Objects;

/**
 * A personal-data value sealed with its data subject's own data key.
 *
 * <p>{@code scheme} names the algorithm and the layout of the associated data (today
 * {@value #AES_256_GCM_V1}: AES-256-GCM, 96-bit random nonce, 128-bit tag, associated data
 * {@code "mnledger/v1|" + subjectId + "|" + field}). The key itself is found from the subject the
 * event belongs to; it is never stored with the value. Events carry only this, never the clear value.
 */
public record SealedValue(String scheme, byte[] nonce, byte[] ciphertext) {

    public static final String AES_256_GCM_V1 = "A256GCM-v1";

    public SealedValue {
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(nonce, "nonce");
        Objects.requireNonNull(ciphertext, "ciphertext");
        nonce = nonce.clone();
        ciphertext = ciphertext.clone();
    }

    @Override
    public byte[] nonce() {
        return nonce.clone();
    }

    @Override
    public byte[] ciphertext() {
        return ciphertext.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SealedValue other && scheme.equals(other.scheme)
                && Arrays.equals(nonce, other.nonce) && Arrays.equals(ciphertext, other.ciphertext);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * scheme.hashCode() + Arrays.hashCode(nonce)) + Arrays.hashCode(ciphertext);
    }

    @Override
    public String toString() {
        return "SealedValue[" + scheme + ", " + ciphertext.length + " bytes]";
    }
}
