package jp.mnledger.kernel.identity;

import org.axonframework.serialization.Revision;

/** A 士業 office was registered. */
@Revision("1")
public record OfficeCreatedEvent(String officeId, String name) {
}
