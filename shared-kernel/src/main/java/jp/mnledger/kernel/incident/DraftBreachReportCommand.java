package jp.mnledger.kernel.incident;

import java.time.Instant;
import jp.mnledger.kernel.access.CompanyScoped;
import jp.mnledger.kernel.access.Permission;
import jp.mnledger.kernel.access.Requires;

/**
 * Draft a 漏えい等報告: the incident window (when the data may have been exposed), when the business became aware,
 * the scope (accounts as usernames or user ids) and the facts and notes a person entered. The server computes the
 * affected people from the ledger and records the draft as a {@link BreachReportDraftedEvent}.
 */
@Requires(Permission.MANAGE_INCIDENTS)
public record DraftBreachReportCommand(String reportId, String companyId, Instant windowFrom, Instant windowTo,
                                       Instant awareAt, BreachScope scope, BreachFacts facts, BreachNotes notes)
        implements CompanyScoped {

    @Override
    public String toString() {
        return "DraftBreachReportCommand[" + reportId + ", " + companyId + "]";
    }
}
