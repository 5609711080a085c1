package jp.mnledger.kernel.ledger;

import jp.mnledger.kernel.access.Permission;
import jp.mnledger.kernel.access.Requires;

/** Sign a tree head now, over every leaf the ledger holds; answers the new {@link TreeHeadResponse}. */
@Requires(Permission.AUDIT_LEDGER)
public record SignTreeHeadCommand() {
}
