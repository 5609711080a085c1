package jp.mnledger.command.keyvault;

import jp.mnledger.kernel.seal.PersonalField;
import jp.mnledger.kernel.seal.SealedValue;

/**
 * Seals a personal-data value with its subject's own data key, creating the key on first use. Command
 * handlers receive it as a handler parameter, so aggregates stay free of Spring and of key material.
 */
public interface PersonalDataSealer {

    /**
     * @throws jp.mnledger.kernel.error.DomainException SUBJECT_KEY_DESTROYED when the subject was disposed
     *         of: a destroyed key is never re-created.
     */
    SealedValue seal(String tenantId, String subjectId, PersonalField field, String clearText);
}
