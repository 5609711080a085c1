package jp.mnledger.kernel.inbox;

import java.util.List;
import org.axonframework.serialization.Revision;

/** These ID-document images were deleted from the inbox, and why; the event's time is when. */
@Revision("1")
public record IdDocumentImagesPurgedEvent(String subjectId, String companyId, List<String> imageIds,
                                          IdDocumentImagePurgeReason reason) {
}
