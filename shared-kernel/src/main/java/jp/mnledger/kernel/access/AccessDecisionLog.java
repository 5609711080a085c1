package jp.mnledger.kernel.access;

import java.util.Map;

/**
 * Records authorisation decisions as events, whatever becomes of the request: a denial is recorded
 * even though the request it refused is rolled back. Implemented by the server assembly; the
 * authorisation interceptors of both sides call it.
 */
public interface AccessDecisionLog {

    /** Records a refusal; returns once the event is stored. */
    void denied(AccessDeniedEvent event, Map<String, ?> auditMetadata);

    /** Records a granted read of personal data, under the event's role; returns once the event is stored. */
    void granted(PersonalDataAccessedEvent event, Map<String, ?> auditMetadata);
}
