package jp.mnledger.command.subject;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import jp.mnledger.command.inbox.IdDocumentInbox;
import jp.mnledger.kernel.inbox.IdDocumentContentType;
import jp.mnledger.kernel.inbox.IdDocumentImageKind;
import jp.mnledger.kernel.seal.SealedValue;

/** The inbox an aggregate test needs: sealed images in a map. The JDBC inbox is tested on the real database. */
final class InMemoryInbox implements IdDocumentInbox {

    static final long MAX_IMAGE_BYTES = 64;

    private final Map<String, Map.Entry<String, SealedValue>> images = new LinkedHashMap<>();

    /** An image stored before the test's command (as a given event would have stored it). */
    InMemoryInbox holding(String subjectId, String imageId, SealedValue sealed) {
        images.put(imageId, Map.entry(subjectId, sealed));
        return this;
    }

    boolean holds(String imageId) {
        return images.containsKey(imageId);
    }

    @Override
    public long maxImageBytes() {
        return MAX_IMAGE_BYTES;
    }

    @Override
    public void store(String imageId, String subjectId, String companyId, IdDocumentImageKind kind,
                      IdDocumentContentType contentType, long sizeBytes, SealedValue sealed) {
        images.put(imageId, Map.entry(subjectId, sealed));
    }

    @Override
    public Optional<SealedValue> sealedImage(String subjectId, String imageId) {
        return Optional.ofNullable(images.get(imageId)).filter(e -> e.getKey().equals(subjectId)).map(Map.Entry::getValue);
    }

    @Override
    public int delete(String subjectId, Collection<String> imageIds) {
        int deleted = 0;
        for (String imageId : imageIds) {
            if (sealedImage(subjectId, imageId).isPresent()) {
                images.remove(imageId);
                deleted++;
            }
        }
        return deleted;
    }
}
