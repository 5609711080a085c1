package jp.mnledger.command.subject;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import jp.mnledger.command.keyvault.PersonalDataSealer;
import jp.mnledger.kernel.error.DomainException;
import jp.mnledger.kernel.error.ErrorCode;
import jp.mnledger.kernel.seal.PersonalField;
import jp.mnledger.kernel.seal.SealedValue;
import jp.mnledger.kernel.seal.SealedValueOpener;

/**
 * A sealer and opener for aggregate tests: deterministic, so expected events can be written out, and
 * reversible, so a reveal can be tested. It is not a cipher; the real sealing is tested in the key
 * vault's own tests and on the real database.
 */
final class DeterministicSealer implements PersonalDataSealer, SealedValueOpener {

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

    @Override
    public Optional<String> open(String subjectId, PersonalField field, SealedValue value) {
        if (subjectId.equals(destroyedSubject)) {
            return Optional.empty();
        }
        String text = new String(value.ciphertext(), StandardCharsets.UTF_8);
        return Optional.of(text.substring(text.lastIndexOf('|') + 1));
    }

    static SealedValue sealed(String tenantId, String subjectId, PersonalField field, String clearText) {
        return new SealedValue(SealedValue.AES_256_GCM_V1, new byte[12],
                (tenantId + "|" + subjectId + "|" + field + "|" + clearText).getBytes(StandardCharsets.UTF_8));
    }
}
