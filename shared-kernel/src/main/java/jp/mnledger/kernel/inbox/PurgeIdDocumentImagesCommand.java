package jp.mnledger.kernel.inbox;

import java.util.List;
import jp.mnledger.kernel.access.Permission;
import jp.mnledger.kernel.access.Requires;
import jp.mnledger.kernel.access.SubjectScoped;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Purge these images of a subject (the inbox's time limit passed: EXPIRED). Images already purged are
 * skipped; when none is left to purge nothing is recorded. Verification purges by itself (VERIFIED).
 */
@Requires(Permission.VERIFY_NUMBER)
public record PurgeIdDocumentImagesCommand(@TargetAggregateIdentifier String subjectId, String companyId,
                                           List<String> imageIds, IdDocumentImagePurgeReason reason)
        implements SubjectScoped {

    public PurgeIdDocumentImagesCommand {
        imageIds = imageIds == null ? List.of() : List.copyOf(imageIds);
    }
}
