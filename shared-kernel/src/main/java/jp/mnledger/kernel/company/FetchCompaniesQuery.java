package jp.mnledger.kernel.company;

import jp.mnledger.kernel.access.Permission;
import jp.mnledger.kernel.access.Requires;

/** The companies the caller may see, in the order they were registered. */
@Requires(Permission.AUTHENTICATED)
public record FetchCompaniesQuery() {
}
