package jp.mnledger.kernel.access;

import jp.mnledger.kernel.purpose.Purpose;

/**
 * What a request touches, as far as the policy needs to know: the company (and the office it is a
 * client of), the subject and the subject it belongs to (a dependent's employee), and the purpose.
 */
public record AccessTarget(String companyId, String officeOfCompany, String subjectId, String subjectOwnerId,
                           Purpose purpose) {

    public static AccessTarget none() {
        return new AccessTarget(null, null, null, null, null);
    }
}
