package jp.mnledger.kernel.incident;

import java.util.List;
import jp.mnledger.kernel.purpose.Purpose;

/**
 * Which data may have been exposed, as the union of its parts: every subject whose number the company held during
 * the window; the subjects the given user accounts touched during the window (a compromised account); the given
 * subjects; the subjects whose number was held for one of the given purposes. In the event, accounts are user ids.
 */
public record BreachScope(boolean wholeCompany, List<String> accounts, List<String> subjectIds, List<Purpose> purposes) {

    public BreachScope {
        accounts = accounts == null ? List.of() : List.copyOf(accounts);
        subjectIds = subjectIds == null ? List.of() : List.copyOf(subjectIds);
        purposes = purposes == null ? List.of() : List.copyOf(purposes);
    }

    /** Names nothing: a draft needs at least one part. */
    public boolean empty() {
        return !wholeCompany && accounts.isEmpty() && subjectIds.isEmpty() && purposes.isEmpty();
    }
}
