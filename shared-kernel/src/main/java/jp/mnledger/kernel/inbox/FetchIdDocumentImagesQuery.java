package jp.mnledger.kernel.inbox;

import jp.mnledger.kernel.access.Permission;
import jp.mnledger.kernel.access.Requires;
import jp.mnledger.kernel.access.SubjectScoped;

/** The ID-document images received for a subject, received and purged, oldest first: metadata, never content. */
@Requires(Permission.VERIFY_NUMBER)
public record FetchIdDocumentImagesQuery(String companyId, String subjectId) implements SubjectScoped {
}
