package jp.mnledger.kernel.ledger;

import jp.mnledger.kernel.access.Permission;
import jp.mnledger.kernel.access.Requires;

/** The newest signed tree head (answered as a list of at most one {@link TreeHeadResponse}). */
@Requires(Permission.AUDIT_LEDGER)
public record FetchLatestTreeHeadQuery() {
}
