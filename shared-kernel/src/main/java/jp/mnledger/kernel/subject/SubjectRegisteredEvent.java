package jp.mnledger.kernel.subject;

import jp.mnledger.kernel.seal.SealedValue;
import org.axonframework.serialization.Revision;

/**
 * A data subject was registered in a company. The display name is sealed with the subject's key, so
 * it disappears with the key at disposal; the employee code is the company's own reference.
 * Revision 2 added {@code relationship} (dependents) and {@code occupation} (payees); revision 1
 * payloads are upcast by the event store's {@code SubjectRegisteredEventUpcaster} (module ops).
 */
@Revision("2")
public record SubjectRegisteredEvent(String subjectId, String companyId, SubjectKind kind,
                                     SealedValue displayName, String employeeCode, String relatedSubjectId,
                                     Relationship relationship, String occupation) {
}
