package jp.mnledger.kernel.identity;

import org.axonframework.serialization.Revision;

/** A user account was opened. */
@Revision("1")
public record UserAccountCreatedEvent(String userId, String username) {
}
