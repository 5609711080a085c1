package jp.mnledger.kernel.ledger;

import java.time.Instant;
import jp.mnledger.kernel.access.CompanyScoped;
import jp.mnledger.kernel.access.Permission;
import jp.mnledger.kernel.access.Requires;

/**
 * Record that an evidence bundle of the company is about to be handed out (docs/evidence-bundle.md): sent
 * after the bundle's contents are fixed (its anchoring head and event count) and before a byte of it leaves
 * the server. Answers the recorded {@link EvidenceExportedEvent}.
 *
 * @param subjectId null unless the bundle is narrowed to one data subject
 * @param from      the period's start (inclusive), or null
 * @param to        the period's end (exclusive), or null
 * @param rootHash  the anchoring head's root, hex
 */
@Requires(Permission.AUDIT_LEDGER)
public record ExportEvidenceCommand(String companyId, String exportId, String subjectId, Instant from, Instant to,
                                    long eventCount, long treeSize, String rootHash) implements CompanyScoped {
}
