package jp.mnledger.kernel.ledger;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * An evidence bundle of a company was handed out: which selection (subject, period), how many events,
 * anchored to which signed tree. Who, in which role and from where are in the event's audit metadata. Ids,
 * counts and hashes only — a bundle never holds a number in clear, and neither does this record of it.
 *
 * @param exportId the id the bundle's manifest and summary carry
 */
@Revision("1")
public record EvidenceExportedEvent(String exportId, String companyId, String subjectId, Instant from, Instant to,
                                    long eventCount, long treeSize, String rootHash) {
}
