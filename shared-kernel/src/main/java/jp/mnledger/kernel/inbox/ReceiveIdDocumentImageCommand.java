package jp.mnledger.kernel.inbox;

import java.util.Arrays;
import java.util.Objects;
import jp.mnledger.kernel.access.Permission;
import jp.mnledger.kernel.access.Requires;
import jp.mnledger.kernel.access.SubjectScoped;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * An ID-document image arrives for a subject: from the person themself (their own or a dependent's), or
 * from a handler scanning paper. The content exists in clear only in this command; the subject's key
 * seals it before it is stored, and nobody who sent it can read it back. {@link #toString()} hides it.
 *
 * @param imageId     a new UUID chosen by the caller (the id the inbox and the events know the image by)
 * @param content     the image bytes as uploaded
 */
@Requires(Permission.ACQUIRE_NUMBER)
public record ReceiveIdDocumentImageCommand(@TargetAggregateIdentifier String subjectId, String companyId, String imageId,
                                            IdDocumentImageKind kind, IdDocumentContentType contentType, byte[] content)
        implements SubjectScoped {

    public ReceiveIdDocumentImageCommand {
        content = content == null ? null : content.clone();
    }

    @Override
    public byte[] content() {
        return content == null ? null : content.clone();
    }

    /** The size without copying the content. */
    public int sizeBytes() {
        return content == null ? 0 : content.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ReceiveIdDocumentImageCommand other && Objects.equals(subjectId, other.subjectId)
                && Objects.equals(companyId, other.companyId) && Objects.equals(imageId, other.imageId)
                && kind == other.kind && contentType == other.contentType && Arrays.equals(content, other.content);
    }

    @Override
    public int hashCode() {
        return Objects.hash(subjectId, companyId, imageId, kind, contentType) * 31 + Arrays.hashCode(content);
    }

    @Override
    public String toString() {
        return "ReceiveIdDocumentImageCommand[" + subjectId + ", " + imageId + ", " + kind + ", " + contentType + ", "
                + sizeBytes() + " bytes]";
    }
}
