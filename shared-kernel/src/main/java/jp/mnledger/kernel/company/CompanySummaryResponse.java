package jp.mnledger.kernel.company;

import java.time.Instant;

/** One company in a list. */
public record CompanySummaryResponse(String id, String name, String corporateNumber, Instant createdAt) {
}
