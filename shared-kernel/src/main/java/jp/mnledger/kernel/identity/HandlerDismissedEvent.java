package jp.mnledger.kernel.identity;

import org.axonframework.serialization.Revision;

/** A handler's appointment was revoked. */
@Revision("1")
public record HandlerDismissedEvent(String companyId, String userId) {
}
