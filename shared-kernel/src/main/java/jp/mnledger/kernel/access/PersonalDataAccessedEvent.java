package jp.mnledger.kernel.access;

import org.axonframework.serialization.Revision;

/**
 * An authorisation decision granted a read of personal data (a masked list, a history): the access
 * log's "who saw what, under which role". Reads that change nothing leave this event; changes are
 * recorded by their own events.
 */
@Revision("1")
public record PersonalDataAccessedEvent(String userId, Permission permission, String messageType, String companyId,
                                        String subjectId, Role role) {
}
