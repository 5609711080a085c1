package jp.mnledger.kernel.error;

import java.util.UUID;

/** Resource ids are UUIDs; a path segment that is not one names no resource. */
public final class ResourceIds {

    private ResourceIds() {
    }

    /** The id in canonical form, or the given not-found error. */
    public static String require(String id, ErrorCode notFound) {
        try {
            return UUID.fromString(id).toString();
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new DomainException(notFound);
        }
    }
}
