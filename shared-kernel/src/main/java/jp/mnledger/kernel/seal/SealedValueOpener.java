package jp.mnledger.kernel.seal;

import java.util.Optional;

/**
 * Opens sealed personal data for the projections that must show it (a subject's display name in a
 * masked list). The key vault implements it; the query side sees only this interface.
 *
 * <p>An empty result means the subject's key has been destroyed (the data was disposed of): callers
 * show {@link #DISPOSED_PLACEHOLDER} and carry on.
 */
public interface SealedValueOpener {

    String DISPOSED_PLACEHOLDER = "廃棄済";

    Optional<String> open(String subjectId, PersonalField field, SealedValue value);
}
