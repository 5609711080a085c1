package jp.mnledger.kernel.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import jp.mnledger.kernel.purpose.Purpose;
import org.junit.jupiter.api.Test;

class AccessPolicyTest {

    private static final String OFFICE = "office-1";
    private static final String COMPANY = "company-1";
    private static final String OTHER_COMPANY = "company-2";
    private static final String EMPLOYEE = "subject-employee";
    private static final String DEPENDENT = "subject-dependent";

    private static final AccessTarget SUBJECT_FOR_TAX =
            new AccessTarget(COMPANY, OFFICE, EMPLOYEE, EMPLOYEE, Purpose.WITHHOLDING_TAX);
    private static final AccessTarget OTHER_TENANT =
            new AccessTarget(OTHER_COMPANY, OFFICE, "subject-x", "subject-x", Purpose.WITHHOLDING_TAX);

    private static Principal principal(Grant... grants) {
        return new Principal("user", Set.of(grants));
    }

    private static Decision decide(Principal principal, Permission permission, AccessTarget target) {
        return AccessPolicy.decide(principal, permission, target);
    }

    @Test
    void aHandlerAppointedForThePurposeWithACurrentPledgeMayReveal() {
        Principal handler = principal(Grant.handler(COMPANY, Set.of(Purpose.WITHHOLDING_TAX), true));
        assertThat(decide(handler, Permission.REVEAL_NUMBER, SUBJECT_FOR_TAX)).isEqualTo(Decision.grant(Role.HANDLER));
    }

    @Test
    void aHandlerOfAnotherPurposeMayNotReveal() {
        Principal handler = principal(Grant.handler(COMPANY, Set.of(Purpose.SOCIAL_INSURANCE), true));
        assertThat(decide(handler, Permission.REVEAL_NUMBER, SUBJECT_FOR_TAX).reason())
                .isEqualTo(AccessPolicy.NOT_APPOINTED_FOR_PURPOSE);
    }

    @Test
    void aHandlerWhosePledgeIsForOutdatedRulesMayNotRevealOrAcquire() {
        Principal handler = principal(Grant.handler(COMPANY, Set.of(Purpose.WITHHOLDING_TAX), false));
        assertThat(decide(handler, Permission.REVEAL_NUMBER, SUBJECT_FOR_TAX).reason())
                .isEqualTo(AccessPolicy.PLEDGE_NOT_CURRENT);
        assertThat(decide(handler, Permission.ACQUIRE_NUMBER, SUBJECT_FOR_TAX).reason())
                .isEqualTo(AccessPolicy.PLEDGE_NOT_CURRENT);
    }

    @Test
    void aHandlerIsAHandlerOnlyInTheirOwnCompany() {
        Principal handler = principal(Grant.handler(COMPANY, Set.of(Purpose.WITHHOLDING_TAX), true));
        assertThat(decide(handler, Permission.REVEAL_NUMBER, OTHER_TENANT).granted()).isFalse();
        assertThat(decide(handler, Permission.VIEW_SUBJECTS_MASKED, OTHER_TENANT).granted()).isFalse();
    }

    @Test
    void nobodyButTheHandlerSeesANumber() {
        for (Principal other : Set.of(
                principal(Grant.company(Role.RESPONSIBLE_MANAGER, COMPANY)),
                principal(Grant.office(Role.OFFICE_HEAD, OFFICE)),
                principal(Grant.company(Role.PAYROLL, COMPANY)),
                principal(Grant.company(Role.AUDITOR, COMPANY)),
                principal(Grant.platformAdmin()),
                principal(Grant.selfService(COMPANY, EMPLOYEE)))) {
            assertThat(decide(other, Permission.REVEAL_NUMBER, SUBJECT_FOR_TAX).granted()).as(other.grants().toString()).isFalse();
        }
    }

    @Test
    void payrollSeesMaskedListsOfItsCompanyOnly() {
        Principal payroll = principal(Grant.company(Role.PAYROLL, COMPANY));
        assertThat(decide(payroll, Permission.VIEW_SUBJECTS_MASKED, SUBJECT_FOR_TAX).granted()).isTrue();
        assertThat(decide(payroll, Permission.VIEW_SUBJECTS_MASKED, OTHER_TENANT).reason())
                .isEqualTo(AccessPolicy.NO_ROLE_IN_COMPANY);
        assertThat(decide(payroll, Permission.VIEW_AUDIT_TRAIL, SUBJECT_FOR_TAX).granted()).isFalse();
    }

    @Test
    void thePlatformAdministratorManagesTheInstallationButSeesNoPersonalData() {
        Principal admin = principal(Grant.platformAdmin());
        assertThat(decide(admin, Permission.MANAGE_USERS, AccessTarget.none()).granted()).isTrue();
        assertThat(decide(admin, Permission.CREATE_COMPANY, AccessTarget.none()).granted()).isTrue();
        assertThat(decide(admin, Permission.VIEW_SUBJECTS_MASKED, SUBJECT_FOR_TAX).granted()).isFalse();
        assertThat(decide(admin, Permission.VIEW_AUDIT_TRAIL, SUBJECT_FOR_TAX).granted()).isFalse();
    }

    @Test
    void anOfficeHeadOverseesTheOfficesClientsOnly() {
        Principal head = principal(Grant.office(Role.OFFICE_HEAD, OFFICE));
        assertThat(decide(head, Permission.VIEW_AUDIT_TRAIL, SUBJECT_FOR_TAX).granted()).isTrue();
        assertThat(decide(head, Permission.MANAGE_HANDLERS, SUBJECT_FOR_TAX).granted()).isTrue();
        AccessTarget elsewhere = new AccessTarget("company-9", "office-9", null, null, null);
        assertThat(decide(head, Permission.VIEW_SUBJECTS_MASKED, elsewhere).granted()).isFalse();
    }

    @Test
    void aPersonEntersTheirOwnAndTheirDependentsNumbersOnly() {
        Principal employee = principal(Grant.selfService(COMPANY, EMPLOYEE));
        assertThat(decide(employee, Permission.ACQUIRE_NUMBER, SUBJECT_FOR_TAX).granted()).isTrue();
        assertThat(decide(employee, Permission.ACQUIRE_NUMBER,
                new AccessTarget(COMPANY, OFFICE, DEPENDENT, EMPLOYEE, null)).granted()).isTrue();
        assertThat(decide(employee, Permission.ACQUIRE_NUMBER,
                new AccessTarget(COMPANY, OFFICE, "someone-else", "someone-else", null)).reason())
                .isEqualTo(AccessPolicy.NOT_OWN_DATA);
        assertThat(decide(employee, Permission.VIEW_SUBJECTS_MASKED, SUBJECT_FOR_TAX).granted()).isFalse();
    }

    @Test
    void onlyThePersonThemselfUsesTheirInvitationAndAddsTheirDependents() {
        Principal invitee = principal(Grant.selfService(COMPANY, EMPLOYEE));
        for (Permission permission : List.of(Permission.USE_OWN_INVITATION, Permission.REGISTER_OWN_DEPENDENT)) {
            assertThat(decide(invitee, permission, SUBJECT_FOR_TAX)).as("%s", permission).isEqualTo(Decision.grant(Role.SELF_SERVICE));
            assertThat(decide(invitee, permission, new AccessTarget(COMPANY, OFFICE, DEPENDENT, EMPLOYEE, null)).reason())
                    .as("%s, not through a dependent", permission).isEqualTo(AccessPolicy.NOT_OWN_DATA);
            assertThat(decide(invitee, permission, OTHER_TENANT).granted()).as("%s", permission).isFalse();
            for (Role staff : List.of(Role.RESPONSIBLE_MANAGER, Role.PAYROLL, Role.OFFICE_STAFF, Role.AUDITOR)) {
                assertThat(decide(principal(Grant.company(staff, COMPANY)), permission, SUBJECT_FOR_TAX).granted())
                        .as("%s %s", staff, permission).isFalse();
            }
            assertThat(decide(principal(Grant.handler(COMPANY, Set.of(Purpose.WITHHOLDING_TAX), true)), permission,
                    SUBJECT_FOR_TAX).granted()).as("handler %s", permission).isFalse();
        }
        // Everything else a staff member does stays closed to an invitation's session.
        for (Permission permission : List.of(Permission.VIEW_SUBJECTS_MASKED, Permission.VIEW_AUDIT_TRAIL,
                Permission.REVEAL_NUMBER, Permission.VERIFY_NUMBER, Permission.REGISTER_SUBJECT, Permission.VIEW_COMPANY)) {
            assertThat(decide(invitee, permission, SUBJECT_FOR_TAX).granted()).as("%s", permission).isFalse();
        }
    }

    @Test
    void aPersonSignsOnlyTheirOwnAcknowledgement() {
        Principal employee = principal(Grant.selfService(COMPANY, EMPLOYEE));
        assertThat(decide(employee, Permission.ACKNOWLEDGE_OWN, SUBJECT_FOR_TAX).granted()).isTrue();
        assertThat(decide(employee, Permission.ACKNOWLEDGE_OWN,
                new AccessTarget(COMPANY, OFFICE, DEPENDENT, EMPLOYEE, null)).granted()).as("not for a dependent").isFalse();
        assertThat(decide(principal(Grant.company(Role.RESPONSIBLE_MANAGER, COMPANY)), Permission.ACKNOWLEDGE_OWN,
                SUBJECT_FOR_TAX).granted()).isFalse();
    }

    @Test
    void nobodyIsAnonymous() {
        assertThat(decide(null, Permission.AUTHENTICATED, AccessTarget.none()).reason())
                .isEqualTo(AccessPolicy.NOT_AUTHENTICATED);
    }

    /** The ledger's heads and public keys are installation-wide and hold no personal data: for those who audit. */
    @Test
    void auditorsManagersOfficeHeadsAndTheAdministratorAuditTheLedgerInAnyCompany() {
        for (Principal auditor : java.util.List.of(principal(Grant.company(Role.AUDITOR, OTHER_COMPANY)),
                principal(Grant.company(Role.RESPONSIBLE_MANAGER, COMPANY)), principal(Grant.office(Role.OFFICE_HEAD, OFFICE)),
                principal(Grant.platformAdmin()))) {
            assertThat(decide(auditor, Permission.AUDIT_LEDGER, AccessTarget.none()).granted()).as("%s", auditor.grants())
                    .isTrue();
        }
    }

    @Test
    void handlersPayrollAndThePersonDoNotAuditTheLedger() {
        for (Principal other : java.util.List.of(principal(Grant.handler(COMPANY, Set.of(Purpose.WITHHOLDING_TAX), true)),
                principal(Grant.company(Role.PAYROLL, COMPANY)), principal(Grant.company(Role.OFFICE_STAFF, COMPANY)),
                principal(Grant.selfService(COMPANY, EMPLOYEE)))) {
            assertThat(decide(other, Permission.AUDIT_LEDGER, AccessTarget.none()).reason()).as("%s", other.grants())
                    .isEqualTo(AccessPolicy.NOT_PERMITTED);
        }
        assertThat(decide(null, Permission.AUDIT_LEDGER, AccessTarget.none()).granted()).isFalse();
    }

    /** A company's evidence is that company's: its auditor, manager, office head, or the administrator — nobody else's. */
    @Test
    void aCompanysEvidenceIsAuditedByThoseOfThatCompanyOnly() {
        AccessTarget company = new AccessTarget(COMPANY, OFFICE, null, null, null);
        for (Principal auditor : java.util.List.of(principal(Grant.company(Role.AUDITOR, COMPANY)),
                principal(Grant.company(Role.RESPONSIBLE_MANAGER, COMPANY)), principal(Grant.office(Role.OFFICE_HEAD, OFFICE)),
                principal(Grant.platformAdmin()))) {
            assertThat(decide(auditor, Permission.AUDIT_LEDGER, company).granted()).as("%s", auditor.grants()).isTrue();
        }
        for (Principal other : java.util.List.of(principal(Grant.company(Role.AUDITOR, OTHER_COMPANY)),
                principal(Grant.company(Role.RESPONSIBLE_MANAGER, OTHER_COMPANY)),
                principal(Grant.office(Role.OFFICE_HEAD, "office-2")),
                principal(Grant.handler(COMPANY, Set.of(Purpose.WITHHOLDING_TAX), true)),
                principal(Grant.company(Role.PAYROLL, COMPANY)))) {
            assertThat(decide(other, Permission.AUDIT_LEDGER, company).reason()).as("%s", other.grants())
                    .isEqualTo(AccessPolicy.NO_ROLE_IN_COMPANY);
        }
    }

    @Test
    void onlyTheResponsibleManagerAndTheOfficeHeadDraftABreachReportAndOnlyInTheirCompany() {
        assertThat(decide(principal(Grant.company(Role.RESPONSIBLE_MANAGER, COMPANY)), Permission.MANAGE_INCIDENTS,
                SUBJECT_FOR_TAX)).isEqualTo(Decision.grant(Role.RESPONSIBLE_MANAGER));
        assertThat(decide(principal(Grant.office(Role.OFFICE_HEAD, OFFICE)), Permission.MANAGE_INCIDENTS,
                SUBJECT_FOR_TAX)).isEqualTo(Decision.grant(Role.OFFICE_HEAD));
        assertThat(decide(principal(Grant.company(Role.RESPONSIBLE_MANAGER, COMPANY)), Permission.MANAGE_INCIDENTS,
                OTHER_TENANT).reason()).isEqualTo(AccessPolicy.NO_ROLE_IN_COMPANY);
        for (Principal other : java.util.List.of(principal(Grant.company(Role.AUDITOR, COMPANY)),
                principal(Grant.handler(COMPANY, Set.of(Purpose.WITHHOLDING_TAX), true)),
                principal(Grant.company(Role.PAYROLL, COMPANY)), principal(Grant.company(Role.OFFICE_STAFF, COMPANY)),
                principal(Grant.platformAdmin()), principal(Grant.selfService(COMPANY, EMPLOYEE)))) {
            assertThat(decide(other, Permission.MANAGE_INCIDENTS, SUBJECT_FOR_TAX).granted()).as("%s", other.grants())
                    .isFalse();
        }
        // Reading the drafts is VIEW_AUDIT_TRAIL: the auditor reads what it may not draft.
        assertThat(decide(principal(Grant.company(Role.AUDITOR, COMPANY)), Permission.VIEW_AUDIT_TRAIL, SUBJECT_FOR_TAX)
                .granted()).isTrue();
    }
}
