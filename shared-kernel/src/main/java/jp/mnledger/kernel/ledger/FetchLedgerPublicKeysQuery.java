package jp.mnledger.kernel.ledger;

import jp.mnledger.kernel.access.Permission;
import jp.mnledger.kernel.access.Requires;

/** Every public key that signs or signed tree heads, oldest first ({@link LedgerPublicKeyResponse}). */
@Requires(Permission.AUDIT_LEDGER)
public record FetchLedgerPublicKeysQuery() {
}
