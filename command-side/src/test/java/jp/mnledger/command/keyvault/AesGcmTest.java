package jp.mnledger.command.keyvault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import jp.mnledger.kernel.seal.PersonalField;
import jp.mnledger.kernel.seal.SealedValue;
import org.junit.jupiter.api.Test;

class AesGcmTest {

    private static final SecretKey KEY = new SecretKeySpec(AesGcm.randomKeyBytes(), "AES");
    private static final String SUBJECT = "0b6a2f4e-9f21-4d3a-8e7c-1c2d3e4f5a03";

    @Test
    void sealedValuesOpenWithTheSameKeySubjectAndField() {
        SealedValue sealed = AesGcm.seal(KEY, SUBJECT, PersonalField.MY_NUMBER, "123456789018");
        assertThat(AesGcm.open(KEY, SUBJECT, PersonalField.MY_NUMBER, sealed)).isEqualTo("123456789018");
    }

    @Test
    void theCiphertextDoesNotContainTheClearText() {
        SealedValue sealed = AesGcm.seal(KEY, SUBJECT, PersonalField.MY_NUMBER, "123456789018");
        assertThat(new String(sealed.ciphertext(), StandardCharsets.ISO_8859_1)).doesNotContain("123456789018");
        assertThat(sealed.ciphertext()).hasSize(12 + 16);
        assertThat(sealed.nonce()).hasSize(12);
    }

    @Test
    void everySealUsesAFreshNonce() {
        Set<String> nonces = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            nonces.add(java.util.HexFormat.of().formatHex(AesGcm.seal(KEY, SUBJECT, PersonalField.MY_NUMBER, "x").nonce()));
        }
        assertThat(nonces).hasSize(10_000);
    }

    @Test
    void aValueMovedToAnotherSubjectDoesNotOpen() {
        SealedValue sealed = AesGcm.seal(KEY, SUBJECT, PersonalField.MY_NUMBER, "123456789018");
        assertThatThrownBy(() -> AesGcm.open(KEY, "5e4d3c2b-1a09-4f8e-9d7c-6b5a4f3e2d04", PersonalField.MY_NUMBER, sealed))
                .isInstanceOf(SealedValueTamperedException.class)
                .hasMessageNotContaining("123456789018");
    }

    @Test
    void aValueMovedToAnotherFieldDoesNotOpen() {
        SealedValue sealed = AesGcm.seal(KEY, SUBJECT, PersonalField.MY_NUMBER, "123456789018");
        assertThatThrownBy(() -> AesGcm.open(KEY, SUBJECT, PersonalField.DISPLAY_NAME, sealed))
                .isInstanceOf(SealedValueTamperedException.class);
    }

    @Test
    void aFlippedBitIsDetected() {
        SealedValue sealed = AesGcm.seal(KEY, SUBJECT, PersonalField.MY_NUMBER, "123456789018");
        byte[] bytes = sealed.ciphertext();
        bytes[0] ^= 1;
        SealedValue tampered = new SealedValue(sealed.scheme(), sealed.nonce(), bytes);
        assertThatThrownBy(() -> AesGcm.open(KEY, SUBJECT, PersonalField.MY_NUMBER, tampered))
                .isInstanceOf(SealedValueTamperedException.class);
    }

    @Test
    void anotherKeyDoesNotOpen() {
        SealedValue sealed = AesGcm.seal(KEY, SUBJECT, PersonalField.MY_NUMBER, "123456789018");
        SecretKey other = new SecretKeySpec(AesGcm.randomKeyBytes(), "AES");
        assertThatThrownBy(() -> AesGcm.open(other, SUBJECT, PersonalField.MY_NUMBER, sealed))
                .isInstanceOf(SealedValueTamperedException.class);
    }

    @Test
    void aDocumentOpensOnlyAsItselfAndItsCiphertextHidesIt() {
        byte[] image = "%PDF-1.7 document-marker".getBytes(StandardCharsets.US_ASCII);
        String imageId = "3f0e9a1c-5b2d-4c6e-8f7a-9b0c1d2e3f41";
        SealedValue sealed = AesGcm.sealDocument(KEY, SUBJECT, PersonalField.ID_DOCUMENT_IMAGE, imageId, image);

        assertThat(AesGcm.openDocument(KEY, SUBJECT, PersonalField.ID_DOCUMENT_IMAGE, imageId, sealed)).isEqualTo(image);
        assertThat(new String(sealed.ciphertext(), StandardCharsets.ISO_8859_1)).doesNotContain("document-marker");
        assertThat(sealed.ciphertext()).hasSize(image.length + 16);
        assertThatThrownBy(() -> AesGcm.openDocument(KEY, SUBJECT, PersonalField.ID_DOCUMENT_IMAGE,
                "3f0e9a1c-5b2d-4c6e-8f7a-9b0c1d2e3f42", sealed)).as("moved to another image")
                .isInstanceOf(SealedValueTamperedException.class);
        assertThatThrownBy(() -> AesGcm.open(KEY, SUBJECT, PersonalField.ID_DOCUMENT_IMAGE, sealed))
                .as("opened as a field value, without its image id").isInstanceOf(SealedValueTamperedException.class);
    }
}
