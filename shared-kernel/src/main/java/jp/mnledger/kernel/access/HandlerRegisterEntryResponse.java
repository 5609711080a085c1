package jp.mnledger.kernel.access;

import java.time.Instant;
import java.util.List;
import jp.mnledger.kernel.purpose.Purpose;

/**
 * One person in the handler register. {@code qualified} is whether training and pledge are for the
 * current rules version; an appointed handler who is not qualified is refused every number.
 */
public record HandlerRegisterEntryResponse(String userId, String username, int currentRulesVersion, int trainingVersion,
                                           Instant trainedAt, int pledgeVersion, Instant pledgedAt, boolean appointed,
                                           List<Purpose> purposes, Instant appointedAt, Instant dismissedAt,
                                           boolean qualified) {
}
