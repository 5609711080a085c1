package jp.mnledger.kernel.access;

import org.axonframework.serialization.Revision;

/**
 * An authorisation decision refused a request (ASVS 5.0 16.3.2). Who, what and from where are in the
 * event's audit metadata; the reason is a stable code. Visible to the responsible manager.
 */
@Revision("1")
public record AccessDeniedEvent(String userId, Permission permission, String messageType, String companyId,
                                String subjectId, String purpose, String reason) {
}
