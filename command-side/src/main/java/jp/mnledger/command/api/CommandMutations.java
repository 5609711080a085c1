package jp.mnledger.command.api;

import jakarta.validation.Valid;
import jp.mnledger.kernel.audit.AuditMetadata;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/**
 * The commands as GraphQL mutations. Each delegates to the REST controller's method for the same
 * endpoint, so both APIs build the same command from the same validated input, carry the same audit
 * metadata (the server's GraphQL interceptor puts the caller's into the context) and fail with the same
 * stable codes. ID-image upload and CSV import stay REST-only: they carry files, not arguments.
 */
@Controller
class CommandMutations {

    private final CompanyCommandController companies;
    private final IdentityCommandController identity;
    private final SubjectCommandController subjects;
    private final FilingController filings;
    private final RetentionCommandController retention;
    private final BreachReportController breaches;

    CommandMutations(CompanyCommandController companies, IdentityCommandController identity,
                     SubjectCommandController subjects, FilingController filings, RetentionCommandController retention,
                     BreachReportController breaches) {
        this.breaches = breaches;
        this.companies = companies;
        this.identity = identity;
        this.subjects = subjects;
        this.filings = filings;
        this.retention = retention;
    }

    @MutationMapping
    RetentionCommandController.DisposalResponse dispose(@Argument String companyId,
                                                        @Argument @Valid RetentionCommandController.DisposalRequest input,
                                                        @ContextValue(AuditMetadata.GRAPHQL_CONTEXT_KEY) AuditMetadata audit) {
        return retention.dispose(companyId, input, audit);
    }

    @MutationMapping
    jp.mnledger.kernel.company.TenantKeyRotatedEvent rotateTenantKey(@Argument String companyId,
            @ContextValue(AuditMetadata.GRAPHQL_CONTEXT_KEY) AuditMetadata audit) {
        return retention.rotateTenantKey(companyId, audit);
    }

    @MutationMapping
    boolean setRetentionOverride(@Argument String companyId,
                                 @Argument @Valid RetentionCommandController.OverrideRequest input,
                                 @ContextValue(AuditMetadata.GRAPHQL_CONTEXT_KEY) AuditMetadata audit) {
        retention.override(companyId, input, audit);
        return true;
    }

    @MutationMapping
    boolean setDisposalConfirmation(@Argument String companyId, @Argument boolean automatic,
                                    @ContextValue(AuditMetadata.GRAPHQL_CONTEXT_KEY) AuditMetadata audit) {
        retention.confirmationPolicy(companyId, new RetentionCommandController.ConfirmationPolicyRequest(automatic), audit);
        return true;
    }

    @MutationMapping
    CreatedResponse createOffice(@Argument @Valid IdentityCommandController.CreateOfficeRequest input,
                                 @ContextValue(AuditMetadata.GRAPHQL_CONTEXT_KEY) AuditMetadata audit) {
        return identity.createOffice(input, audit);
    }

    @MutationMapping
    CreatedResponse createCompany(@Argument @Valid CompanyCommandController.CreateCompanyRequest input,
                                  @ContextValue(AuditMetadata.GRAPHQL_CONTEXT_KEY) AuditMetadata audit) {
        return companies.create(input, audit);
    }

    @MutationMapping
    boolean declarePurposes(@Argument String companyId, @Argument @Valid CompanyCommandController.PurposesRequest input,
                            @ContextValue(AuditMetadata.GRAPHQL_CONTEXT_KEY) AuditMetadata audit) {
        companies.declarePurposes(companyId, input, audit);
        return true;
    }

    @MutationMapping
    CreatedResponse openCampaign(@Argument String companyId, @Argument @Valid CompanyCommandController.CampaignRequest input,
                                 @ContextValue(AuditMetadata.GRAPHQL_CONTEXT_KEY) AuditMetadata audit) {
        return companies.openCampaign(companyId, input, audit);
    }

    @MutationMapping
    boolean grantRole(@Argument String userId, @Argument @Valid IdentityCommandController.RoleRequest input,
                      @ContextValue(AuditMetadata.GRAPHQL_CONTEXT_KEY) AuditMetadata audit) {
        identity.grantRole(userId, input, audit);
        return true;
    }

    @MutationMapping
    boolean revokeRole(@Argument String userId, @Argument @Valid IdentityCommandController.RoleRequest input,
                       @ContextValue(AuditMetadata.GRAPHQL_CONTEXT_KEY) AuditMetadata audit) {
        identity.revokeRole(userId, input, audit);
        return true;
    }

    @MutationMapping
    boolean publishHandlingRules(@Argument String companyId, @Argument @Valid IdentityCommandController.RulesRequest input,
                                 @ContextValue(AuditMetadata.GRAPHQL_CONTEXT_KEY) AuditMetadata audit) {
        identity.publishRules(companyId, input, audit);
        return true;
    }

    @MutationMapping
    boolean recordTraining(@Argument String companyId, @Argument @Valid IdentityCommandController.UserRequest input,
                           @ContextValue(AuditMetadata.GRAPHQL_CONTEXT_KEY) AuditMetadata audit) {
        identity.recordTraining(companyId, input, audit);
        return true;
    }

    @MutationMapping
    boolean signPledge(@Argument String companyId, @ContextValue(AuditMetadata.GRAPHQL_CONTEXT_KEY) AuditMetadata audit) {
        identity.signPledge(companyId, audit);
        return true;
    }

    @MutationMapping
    boolean appointHandler(@Argument String companyId, @Argument @Valid IdentityCommandController.AppointRequest input,
                           @ContextValue(AuditMetadata.GRAPHQL_CONTEXT_KEY) AuditMetadata audit) {
        identity.appoint(companyId, input, audit);
        return true;
    }

    @MutationMapping
    boolean dismissHandler(@Argument String companyId, @Argument String userId,
                           @ContextValue(AuditMetadata.GRAPHQL_CONTEXT_KEY) AuditMetadata audit) {
        identity.dismiss(companyId, userId, audit);
        return true;
    }

    @MutationMapping
    CreatedResponse registerSubject(@Argument String companyId,
                                    @Argument @Valid SubjectCommandController.RegisterSubjectRequest input,
                                    @ContextValue(AuditMetadata.GRAPHQL_CONTEXT_KEY) AuditMetadata audit) {
        return subjects.register(companyId, input, audit);
    }

    @MutationMapping
    SubjectCommandController.MyNumberStatusResponse acquireMyNumber(
            @Argument String companyId, @Argument String subjectId,
            @Argument @Valid SubjectCommandController.AcquireMyNumberRequest input,
            @ContextValue(AuditMetadata.GRAPHQL_CONTEXT_KEY) AuditMetadata audit) {
        return subjects.acquire(companyId, subjectId, input, audit);
    }

    @MutationMapping
    SubjectCommandController.MyNumberStatusResponse verifyMyNumber(
            @Argument String companyId, @Argument String subjectId,
            @Argument @Valid SubjectCommandController.VerificationRequest input,
            @ContextValue(AuditMetadata.GRAPHQL_CONTEXT_KEY) AuditMetadata audit) {
        return subjects.verify(companyId, subjectId, input, audit);
    }

    @MutationMapping
    SubjectCommandController.RevealResponse revealMyNumber(
            @Argument String companyId, @Argument String subjectId,
            @Argument @Valid SubjectCommandController.RevealRequest input,
            @ContextValue(AuditMetadata.GRAPHQL_CONTEXT_KEY) AuditMetadata audit) {
        return subjects.reveal(companyId, subjectId, input, audit);
    }

    @MutationMapping
    SubjectCommandController.MyNumberStatusResponse provideMyNumber(
            @Argument String companyId, @Argument String subjectId,
            @Argument @Valid SubjectCommandController.ProvisionRequest input,
            @ContextValue(AuditMetadata.GRAPHQL_CONTEXT_KEY) AuditMetadata audit) {
        return subjects.provide(companyId, subjectId, input, audit);
    }

    @MutationMapping
    SubjectCommandController.MyNumberStatusResponse recordRefusal(
            @Argument String companyId, @Argument String subjectId,
            @Argument @Valid SubjectCommandController.RefusalRequest input,
            @ContextValue(AuditMetadata.GRAPHQL_CONTEXT_KEY) AuditMetadata audit) {
        return subjects.refusal(companyId, subjectId, input, audit);
    }

    @MutationMapping
    SubjectCommandController.MyNumberStatusResponse correctMyNumber(
            @Argument String companyId, @Argument String subjectId,
            @Argument @Valid SubjectCommandController.CorrectionRequest input,
            @ContextValue(AuditMetadata.GRAPHQL_CONTEXT_KEY) AuditMetadata audit) {
        return subjects.correct(companyId, subjectId, input, audit);
    }

    @MutationMapping
    boolean recordEmployment(@Argument String companyId, @Argument String subjectId,
                             @Argument @Valid SubjectCommandController.EmploymentRequest input,
                             @ContextValue(AuditMetadata.GRAPHQL_CONTEXT_KEY) AuditMetadata audit) {
        subjects.employment(companyId, subjectId, input, audit);
        return true;
    }

    @MutationMapping
    boolean signAcknowledgement(@Argument String companyId, @Argument String subjectId,
                                @Argument @Valid SubjectCommandController.AcknowledgementRequest input,
                                @ContextValue(AuditMetadata.GRAPHQL_CONTEXT_KEY) AuditMetadata audit) {
        subjects.acknowledge(companyId, subjectId, input, audit);
        return true;
    }

    @MutationMapping
    FilingController.FilingResponse file(@Argument String companyId, @Argument @Valid FilingController.FilingRequest input,
                                         @ContextValue(AuditMetadata.GRAPHQL_CONTEXT_KEY) AuditMetadata audit) {
        return filings.file(companyId, input, audit);
    }

    @MutationMapping
    jp.mnledger.kernel.incident.BreachReportResponse draftBreachReport(@Argument String companyId,
            @Argument @Valid BreachReportController.DraftRequest input,
            @ContextValue(AuditMetadata.GRAPHQL_CONTEXT_KEY) AuditMetadata audit) {
        return breaches.draft(companyId, input, audit);
    }
}
