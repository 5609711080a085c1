package jp.mnledger.kernel.access;

import java.util.Set;
import jp.mnledger.kernel.purpose.Purpose;

/**
 * One role a user holds, in its scope. For a HANDLER: the purposes appointed for, and whether the
 * handler's training and pledge (誓約書) are for the company's current handling rules.
 *
 * @param officeId  the office, for OFFICE_HEAD (and OFFICE_STAFF, who also has a company)
 * @param companyId the company, for company-scoped roles
 * @param subjectId the subject, for SELF_SERVICE
 */
public record Grant(Role role, String officeId, String companyId, String subjectId, Set<Purpose> purposes,
                    boolean pledgeCurrent) {

    public Grant {
        purposes = purposes == null ? Set.of() : Set.copyOf(purposes);
    }

    public static Grant platformAdmin() {
        return new Grant(Role.PLATFORM_ADMIN, null, null, null, Set.of(), false);
    }

    public static Grant office(Role role, String officeId) {
        return new Grant(role, officeId, null, null, Set.of(), false);
    }

    public static Grant company(Role role, String companyId) {
        return new Grant(role, null, companyId, null, Set.of(), false);
    }

    public static Grant handler(String companyId, Set<Purpose> purposes, boolean pledgeCurrent) {
        return new Grant(Role.HANDLER, null, companyId, null, purposes, pledgeCurrent);
    }

    public static Grant selfService(String companyId, String subjectId) {
        return new Grant(Role.SELF_SERVICE, null, companyId, subjectId, Set.of(), false);
    }
}
