package jp.mnledger.command.inbox;

import java.util.Collection;
import java.util.Optional;
import jp.mnledger.kernel.inbox.IdDocumentContentType;
import jp.mnledger.kernel.inbox.IdDocumentImageKind;
import jp.mnledger.kernel.seal.SealedValue;

/**
 * Where the sealed bytes of ID-document images wait for 本人確認. Command handlers receive it as a handler
 * parameter and call it inside the command's transaction, so a stored or deleted image and the event
 * that records it commit together or not at all. It holds ciphertext only; sealing is the key vault's.
 */
public interface IdDocumentInbox {

    /** The largest image accepted, in bytes ({@code mnledger.inbox.max-image-bytes}). */
    long maxImageBytes();

    void store(String imageId, String subjectId, String companyId, IdDocumentImageKind kind,
               IdDocumentContentType contentType, long sizeBytes, SealedValue sealed);

    /** The sealed image, if it is still held for this subject. */
    Optional<SealedValue> sealedImage(String subjectId, String imageId);

    /** Deletes these images of the subject; answers how many were held. */
    int delete(String subjectId, Collection<String> imageIds);
}
