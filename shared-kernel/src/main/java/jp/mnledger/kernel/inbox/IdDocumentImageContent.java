package jp.mnledger.kernel.inbox;

/**
 * The result of a granted view: the image in clear, for this response only. {@link #toString()} hides it.
 */
public record IdDocumentImageContent(String imageId, IdDocumentContentType contentType, byte[] content) {

    @Override
    public boolean equals(Object o) {
        return o instanceof IdDocumentImageContent other && imageId.equals(other.imageId)
                && contentType == other.contentType && java.util.Arrays.equals(content, other.content);
    }

    @Override
    public int hashCode() {
        return imageId.hashCode() * 31 + java.util.Arrays.hashCode(content);
    }

    @Override
    public String toString() {
        return "IdDocumentImageContent[" + imageId + ", " + contentType + ", " + content.length + " bytes]";
    }
}
