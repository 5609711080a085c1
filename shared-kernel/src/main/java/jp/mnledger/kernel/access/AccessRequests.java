package jp.mnledger.kernel.access;

import jp.mnledger.kernel.purpose.Purpose;

/** Reads what a message is about: its required permission and the company, subject, office and purpose it names. */
public final class AccessRequests {

    /** The actor id of the server itself (bootstrap, demo data); never the result of an HTTP login. */
    public static final String SYSTEM_ACTOR = "system";
    public static final String SYSTEM_ROLE = "SYSTEM";

    private AccessRequests() {
    }

    /** The permission the message's type declares, or null (which every interceptor refuses). */
    public static Permission required(Object payload) {
        Requires requires = payload.getClass().getAnnotation(Requires.class);
        return requires == null ? null : requires.value();
    }

    public static String companyId(Object payload) {
        return payload instanceof CompanyScoped scoped ? scoped.companyId() : null;
    }

    public static String subjectId(Object payload) {
        return payload instanceof SubjectScoped scoped ? scoped.subjectId() : null;
    }

    public static String officeId(Object payload) {
        return payload instanceof OfficeScoped scoped ? scoped.officeId() : null;
    }

    public static Purpose purpose(Object payload) {
        return payload instanceof PurposeScoped scoped ? scoped.purpose() : null;
    }
}
