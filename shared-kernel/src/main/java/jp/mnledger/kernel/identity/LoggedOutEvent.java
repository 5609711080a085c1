package jp.mnledger.kernel.identity;

import org.axonframework.serialization.Revision;

/** A user logged out (their token or session was ended). */
@Revision("1")
public record LoggedOutEvent(String userId) {
}
