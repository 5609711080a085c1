package jp.mnledger.command.subject;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import jp.mnledger.command.keyvault.PersonalDataSealer;
import jp.mnledger.kernel.error.DomainException;
import jp.mnledger.kernel.error.ErrorCode;
import jp.mnledger.kernel.seal.PersonalField;
import jp.mnledger.kernel.seal.SealedValue;

/**
 * A sealer for aggregate tests: deterministic, so expected events can be written out. It is not a
 * cipher; the real sealing is tested in the key vault's own tests and on the real database.
 */
final class DeterministicSealer implements PersonalDataSealer {

    private final String destroyedSubject;

    DeterministicSealer() {
        this(null);
    }

    DeterministicSealer(String destroyedSubject) {
        this.destroyedSubject = destroyedSubject;
    }

    @Override
    public SealedValue seal(String tenantId, String subjectId, PersonalField field, String clearText) {
        if (subjectId.equals(destroyedSubject)) {
            throw new DomainException(ErrorCode.SUBJECT_KEY_DESTROYED);
        }
        return sealed(tenantId, subjectId, field, clearText);
    }

    static SealedValue sealed(String tenantId, String subjectId, PersonalField field, String clearText) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(
                    (tenantId + "|" + subjectId + "|" + field + "|" + clearText).getBytes(StandardCharsets.UTF_8));
            return new SealedValue(SealedValue.AES_256_GCM_V1, new byte[12], digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
