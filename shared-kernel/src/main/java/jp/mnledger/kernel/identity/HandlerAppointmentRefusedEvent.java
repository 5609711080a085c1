package jp.mnledger.kernel.identity;

import org.axonframework.serialization.Revision;

/** An appointment was refused (reason: TRAINING_NOT_CURRENT or PLEDGE_NOT_CURRENT or NO_HANDLING_RULES). */
@Revision("1")
public record HandlerAppointmentRefusedEvent(String companyId, String userId, String reason) {
}
