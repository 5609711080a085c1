package jp.mnledger.kernel.inbox;

import java.time.Instant;

/**
 * One image in a subject's inbox, as a handler's list shows it: what it is, never what it shows.
 *
 * @param contentType the media type ({@code image/jpeg}, {@code image/png}, {@code application/pdf})
 * @param purgedAt    null while the image is held
 * @param purgeReason null while the image is held
 */
public record IdDocumentImageResponse(String imageId, IdDocumentImageKind kind, String contentType, long sizeBytes,
                                      Instant receivedAt, IdDocumentImageStatus status, Instant purgedAt,
                                      IdDocumentImagePurgeReason purgeReason) {
}
