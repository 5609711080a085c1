package jp.mnledger.kernel.access;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Who may do what, decided in one place and used by both sides. The core rule (番号法, PPC guideline
 * 別添1 F): a number in clear is for a handler appointed for the purpose at hand in the company they
 * serve, whose training and pledge are for the current handling rules — not for their manager, the
 * office head, payroll staff or the platform administrator.
 */
public final class AccessPolicy {

    public static final String NOT_AUTHENTICATED = "NOT_AUTHENTICATED";
    public static final String NO_ROLE_IN_COMPANY = "NO_ROLE_IN_COMPANY";
    public static final String NOT_APPOINTED_FOR_PURPOSE = "NOT_APPOINTED_FOR_PURPOSE";
    public static final String PLEDGE_NOT_CURRENT = "PLEDGE_NOT_CURRENT";
    public static final String NOT_OWN_DATA = "NOT_OWN_DATA";
    public static final String NOT_PERMITTED = "NOT_PERMITTED";

    private static final Set<Role> STAFF_WHO_REGISTER =
            EnumSet.of(Role.RESPONSIBLE_MANAGER, Role.PAYROLL, Role.OFFICE_STAFF);
    private static final Set<Role> MASKED_VIEWERS =
            EnumSet.of(Role.RESPONSIBLE_MANAGER, Role.PAYROLL, Role.OFFICE_STAFF, Role.AUDITOR);
    private static final Set<Role> AUDIT_VIEWERS = EnumSet.of(Role.RESPONSIBLE_MANAGER, Role.AUDITOR);
    private static final Set<Role> LEDGER_AUDITORS =
            EnumSet.of(Role.OFFICE_HEAD, Role.RESPONSIBLE_MANAGER, Role.AUDITOR);
    private static final Set<Role> PLEDGE_SIGNERS =
            EnumSet.of(Role.RESPONSIBLE_MANAGER, Role.PAYROLL, Role.OFFICE_STAFF, Role.AUDITOR, Role.HANDLER);

    private AccessPolicy() {
    }

    public static Decision decide(Principal principal, Permission permission, AccessTarget target) {
        if (principal == null) {
            return Decision.deny(NOT_AUTHENTICATED);
        }
        return switch (permission) {
            case AUTHENTICATED -> Decision.grant(principal.grants().stream().map(Grant::role).findFirst()
                    .orElse(Role.SELF_SERVICE));
            case MANAGE_USERS -> admin(principal).orElse(Decision.deny(NOT_PERMITTED));
            case CREATE_COMPANY -> admin(principal)
                    .or(() -> officeHead(principal, target))
                    .orElse(Decision.deny(NOT_PERMITTED));
            case VIEW_COMPANY -> admin(principal)
                    .or(() -> officeHead(principal, target))
                    .or(() -> companyRole(principal, target, EnumSet.allOf(Role.class)))
                    .orElse(Decision.deny(NO_ROLE_IN_COMPANY));
            case MANAGE_HANDLERS -> officeHead(principal, target)
                    .or(() -> companyRole(principal, target, EnumSet.of(Role.RESPONSIBLE_MANAGER)))
                    .orElse(Decision.deny(NO_ROLE_IN_COMPANY));
            case SIGN_OWN_PLEDGE -> officeHead(principal, target)
                    .or(() -> companyRole(principal, target, PLEDGE_SIGNERS))
                    .orElse(Decision.deny(NO_ROLE_IN_COMPANY));
            case REGISTER_SUBJECT -> officeHead(principal, target)
                    .or(() -> companyRole(principal, target, STAFF_WHO_REGISTER))
                    .or(() -> currentHandler(principal, target, null))
                    .orElse(Decision.deny(NO_ROLE_IN_COMPANY));
            case VIEW_SUBJECTS_MASKED -> officeHead(principal, target)
                    .or(() -> companyRole(principal, target, MASKED_VIEWERS))
                    .or(() -> currentHandler(principal, target, null))
                    .orElse(Decision.deny(NO_ROLE_IN_COMPANY));
            case MANAGE_RETENTION -> officeHead(principal, target)
                    .or(() -> companyRole(principal, target, EnumSet.of(Role.RESPONSIBLE_MANAGER)))
                    .orElse(Decision.deny(NO_ROLE_IN_COMPANY));
            case MANAGE_INCIDENTS -> officeHead(principal, target)
                    .or(() -> companyRole(principal, target, EnumSet.of(Role.RESPONSIBLE_MANAGER)))
                    .orElse(Decision.deny(NO_ROLE_IN_COMPANY));
            case VIEW_AUDIT_TRAIL -> officeHead(principal, target)
                    .or(() -> companyRole(principal, target, AUDIT_VIEWERS))
                    .orElse(Decision.deny(NO_ROLE_IN_COMPANY));
            // Installation-wide (heads, keys): any such grant. About one company (its evidence): a grant there.
            case AUDIT_LEDGER -> target.companyId() == null
                    ? admin(principal).or(() -> anyGrant(principal, LEDGER_AUDITORS)).orElse(Decision.deny(NOT_PERMITTED))
                    : admin(principal).or(() -> officeHead(principal, target))
                            .or(() -> companyRole(principal, target, LEDGER_AUDITORS))
                            .orElse(Decision.deny(NO_ROLE_IN_COMPANY));
            case ACQUIRE_NUMBER -> currentHandler(principal, target, null)
                    .or(() -> ownData(principal, target))
                    .orElseGet(() -> handlerDenial(principal, target, null));
            case ACKNOWLEDGE_OWN, USE_OWN_INVITATION, REGISTER_OWN_DEPENDENT -> ownSubject(principal, target);
            case VERIFY_NUMBER -> currentHandler(principal, target, null).orElseGet(() -> handlerDenial(principal, target, null));
            case REVEAL_NUMBER -> target.purpose() == null
                    ? Decision.deny(NOT_APPOINTED_FOR_PURPOSE)
                    : currentHandler(principal, target, target).orElseGet(() -> handlerDenial(principal, target, target));
        };
    }

    private static Optional<Decision> admin(Principal principal) {
        return principal.holds(Role.PLATFORM_ADMIN) ? Optional.of(Decision.grant(Role.PLATFORM_ADMIN)) : Optional.empty();
    }

    /** A grant of one of these roles in any office or company: for what is installation-wide and holds no personal data. */
    private static Optional<Decision> anyGrant(Principal principal, Set<Role> roles) {
        return principal.grants().stream().filter(g -> roles.contains(g.role()))
                .findFirst().map(g -> Decision.grant(g.role()));
    }

    private static Optional<Decision> officeHead(Principal principal, AccessTarget target) {
        return principal.grants().stream()
                .filter(g -> g.role() == Role.OFFICE_HEAD && g.officeId() != null
                        && g.officeId().equals(target.officeOfCompany()))
                .findFirst().map(g -> Decision.grant(Role.OFFICE_HEAD));
    }

    private static Optional<Decision> companyRole(Principal principal, AccessTarget target, Set<Role> roles) {
        return principal.grants().stream()
                .filter(g -> roles.contains(g.role()) && g.role() != Role.HANDLER && g.role() != Role.SELF_SERVICE
                        && g.companyId() != null && g.companyId().equals(target.companyId()))
                .findFirst().map(g -> Decision.grant(g.role()));
    }

    /** A handler of the company with a current pledge, appointed for the target's purpose when one is given. */
    private static Optional<Decision> currentHandler(Principal principal, AccessTarget target, AccessTarget forPurpose) {
        return principal.grants().stream()
                .filter(g -> g.role() == Role.HANDLER && g.companyId() != null && g.companyId().equals(target.companyId())
                        && g.pledgeCurrent()
                        && (forPurpose == null || g.purposes().contains(forPurpose.purpose())))
                .findFirst().map(g -> Decision.grant(Role.HANDLER));
    }

    private static Optional<Decision> ownData(Principal principal, AccessTarget target) {
        return principal.grants().stream()
                .filter(g -> g.role() == Role.SELF_SERVICE && g.subjectId() != null && g.companyId() != null
                        && g.companyId().equals(target.companyId())
                        && (g.subjectId().equals(target.subjectId()) || g.subjectId().equals(target.subjectOwnerId())))
                .findFirst().map(g -> Decision.grant(Role.SELF_SERVICE));
    }

    /** The person themself, for exactly their own subject (not a dependent's). */
    private static Decision ownSubject(Principal principal, AccessTarget target) {
        return principal.grants().stream()
                .filter(g -> g.role() == Role.SELF_SERVICE && g.subjectId() != null && g.subjectId().equals(target.subjectId())
                        && g.companyId() != null && g.companyId().equals(target.companyId()))
                .findFirst().map(g -> Decision.grant(Role.SELF_SERVICE)).orElse(Decision.deny(NOT_OWN_DATA));
    }

    /** Why a handler-only action was refused: the most specific reason the caller's grants give. */
    private static Decision handlerDenial(Principal principal, AccessTarget target, AccessTarget forPurpose) {
        boolean handlerHere = principal.grants().stream()
                .anyMatch(g -> g.role() == Role.HANDLER && target.companyId() != null && target.companyId().equals(g.companyId()));
        if (!handlerHere) {
            boolean selfService = principal.holds(Role.SELF_SERVICE);
            return Decision.deny(selfService ? NOT_OWN_DATA : NO_ROLE_IN_COMPANY);
        }
        boolean appointedForPurpose = forPurpose == null || principal.grants().stream()
                .anyMatch(g -> g.role() == Role.HANDLER && target.companyId().equals(g.companyId())
                        && g.purposes().contains(forPurpose.purpose()));
        return Decision.deny(appointedForPurpose ? PLEDGE_NOT_CURRENT : NOT_APPOINTED_FOR_PURPOSE);
    }
}
