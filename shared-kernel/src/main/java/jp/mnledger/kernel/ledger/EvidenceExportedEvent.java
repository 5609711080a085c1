package jp.mnledger.kernel.ledger;

import org.axonframework.serialization.Revision;

/**
 * An evidence bundle of a company was handed out: which selection (subject, period), how many events,
 * anchored to which signed tree. Who, in which role and from where are in the event's audit metadata. Ids,
 * counts and hashes only — a bundle never holds a number in clear, and neither does this record of it.
 *
 * @param exportId the id the bundle's manifest and summary carry
 * @param from     the period's start (inclusive) as RFC 3339 UTC text, or null (text, so that the stored payload
 *                 reads the same whatever the serializer's date settings)
 * @param to       the period's end (exclusive), likewise
 */
@Revision("1")
public record EvidenceExportedEvent(String exportId, String companyId, String subjectId, String from, String to,
                                    long eventCount, long treeSize, String rootHash) {
}
