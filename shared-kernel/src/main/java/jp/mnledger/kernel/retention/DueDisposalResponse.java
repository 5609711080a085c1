package jp.mnledger.kernel.retention;

import java.time.LocalDate;

/**
 * A disposal the sweep should propose ({@code alreadyProposed} false) or, under the company's automatic policy,
 * confirm (a proposal made before the company chose automatic confirmation is confirmed by the next run).
 */
public record DueDisposalResponse(String subjectId, LocalDate dueOn, String documentTypeId, String basis,
                                  boolean automaticConfirmation, boolean alreadyProposed) {
}
