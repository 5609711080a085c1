package jp.mnledger.kernel.identity;

import org.axonframework.serialization.Revision;

/** A user logged in (method TOKEN or SESSION; second factor used or not). Origin is in the metadata. */
@Revision("1")
public record LoginSucceededEvent(String userId, String method, boolean secondFactor) {
}
