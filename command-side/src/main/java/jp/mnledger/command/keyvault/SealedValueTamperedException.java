package jp.mnledger.command.keyvault;

import jp.mnledger.kernel.seal.PersonalField;

/**
 * A sealed value did not authenticate under its subject's key: the stored bytes were altered, or moved
 * from another subject or field. Never silently ignored. The message names the subject id and field,
 * never any content.
 */
public class SealedValueTamperedException extends RuntimeException {

    public SealedValueTamperedException(String subjectId, PersonalField field) {
        super("sealed value of subject " + subjectId + ", field " + field.aadName() + " failed authentication");
    }
}
