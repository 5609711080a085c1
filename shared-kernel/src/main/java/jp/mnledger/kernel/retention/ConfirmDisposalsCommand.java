package jp.mnledger.kernel.retention;

import java.util.List;
import jp.mnledger.kernel.access.CompanyScoped;
import jp.mnledger.kernel.access.Permission;
import jp.mnledger.kernel.access.Requires;

/**
 * One confirmation of many due disposals (one 削除証明書): each subject's aggregate applies its own
 * {@link SubjectDisposedEvent} exactly as {@link ConfirmDisposalCommand} does, but the batch commits in one
 * transaction — one commit, one batch of event inserts, one forced write of the tombstone file. A subject that
 * cannot be disposed of is answered with its code and changes nothing; the others go on.
 */
@Requires(Permission.MANAGE_RETENTION)
public record ConfirmDisposalsCommand(String companyId, String certificateId, List<String> subjectIds, boolean automatic)
        implements CompanyScoped {

    public ConfirmDisposalsCommand {
        subjectIds = List.copyOf(subjectIds);
    }

    /** DISPOSED, or the stable code of why not, per subject in the order given. */
    public record Outcome(String subjectId, String outcome) {
    }
}
