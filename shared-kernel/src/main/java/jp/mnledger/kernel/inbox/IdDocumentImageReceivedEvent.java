package jp.mnledger.kernel.inbox;

import org.axonframework.serialization.Revision;

/**
 * An ID-document image was received into the inbox. The image itself is not here (it is sealed under the
 * subject's key in the inbox table); the event names it, says what kind and format it is and how large,
 * and fixes the stored ciphertext by its SHA-256 — a hash of the ciphertext, never of the image, so it
 * says nothing about the content.
 *
 * @param ciphertextSha256 hex SHA-256 of the stored AES-GCM ciphertext (tag included)
 */
@Revision("1")
public record IdDocumentImageReceivedEvent(String subjectId, String companyId, String imageId, IdDocumentImageKind kind,
                                           IdDocumentContentType contentType, long sizeBytes, String ciphertextSha256) {
}
