package jp.mnledger.kernel.invitation;

import jp.mnledger.kernel.subject.Relationship;
import org.axonframework.serialization.Revision;

/**
 * One step of an invitation: what was sent and for whom (the subject itself or one of its dependents), and for
 * a DEPENDENT step the dependent's 続柄 (otherwise null).
 */
@Revision("1")
public record InvitationStepRecordedEvent(String invitationId, String companyId, String subjectId, InvitationStep step,
                                          String aboutSubjectId,
                                          Relationship relationship) {
}
