package jp.mnledger.command.keyvault;

import java.util.Optional;
import jp.mnledger.kernel.seal.PersonalField;
import jp.mnledger.kernel.seal.SealedValue;

/**
 * Seals and opens personal documents (ID-document images) as bytes with their subject's own data key, so
 * the destruction of that key at disposal makes them unreadable too. Each document is bound to its id in
 * the associated data. Command handlers receive it as a handler parameter, like {@link PersonalDataSealer}.
 */
public interface PersonalDocumentSealer {

    /**
     * @throws jp.mnledger.kernel.error.DomainException SUBJECT_KEY_DESTROYED when the subject was disposed of
     */
    SealedValue sealDocument(String tenantId, String subjectId, PersonalField field, String documentId, byte[] content);

    /**
     * The document in clear, or empty when the subject's key has been destroyed.
     *
     * @throws SealedValueTamperedException when the bytes were altered or belong to another subject, field or document
     */
    Optional<byte[]> openDocument(String subjectId, PersonalField field, String documentId, SealedValue sealed);
}
