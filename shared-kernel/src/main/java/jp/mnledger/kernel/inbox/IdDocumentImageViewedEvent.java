package jp.mnledger.kernel.inbox;

import org.axonframework.serialization.Revision;

/** A handler viewed an ID-document image to verify the number; who, role, origin and time are in the metadata. */
@Revision("1")
public record IdDocumentImageViewedEvent(String subjectId, String companyId, String imageId) {
}
