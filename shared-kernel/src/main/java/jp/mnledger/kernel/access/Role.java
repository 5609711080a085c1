package jp.mnledger.kernel.access;

/**
 * The roles of mnledger. A role is granted in a scope: the installation (PLATFORM_ADMIN), a 士業 office
 * (OFFICE_HEAD), a company (the rest), or one subject (SELF_SERVICE). HANDLER is not granted directly:
 * it follows from an appointment by the responsible manager, per purpose.
 */
public enum Role {
    PLATFORM_ADMIN("プラットフォーム管理者", true),
    OFFICE_HEAD("事務所代表者", true),
    OFFICE_STAFF("事務所担当職員", false),
    RESPONSIBLE_MANAGER("事務取扱責任者", true),
    HANDLER("事務取扱担当者", true),
    PAYROLL("給与担当者", false),
    AUDITOR("監査担当者", false),
    SELF_SERVICE("本人", false);

    private final String labelJa;
    private final boolean mfaRequired;

    Role(String labelJa, boolean mfaRequired) {
        this.labelJa = labelJa;
        this.mfaRequired = mfaRequired;
    }

    public String labelJa() {
        return labelJa;
    }

    /** Whether a user holding this role must log in with a TOTP code. */
    public boolean mfaRequired() {
        return mfaRequired;
    }
}
