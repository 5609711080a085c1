package jp.mnledger.command.company;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.HashMap;
import java.util.Map;
import jp.mnledger.kernel.audit.AuditMetadata;
import jp.mnledger.kernel.company.CompanyCreatedEvent;
import jp.mnledger.kernel.company.CreateCompanyCommand;
import jp.mnledger.kernel.company.DeclarePurposesCommand;
import jp.mnledger.kernel.company.PurposesDeclaredEvent;
import jp.mnledger.kernel.error.DomainException;
import jp.mnledger.kernel.error.ErrorCode;
import jp.mnledger.kernel.identity.AppointHandlerCommand;
import jp.mnledger.kernel.identity.ClientCompanyAddedEvent;
import jp.mnledger.kernel.identity.DismissHandlerCommand;
import jp.mnledger.kernel.identity.HandlerAppointedEvent;
import jp.mnledger.kernel.identity.HandlerAppointmentRefusedEvent;
import jp.mnledger.kernel.identity.HandlerDismissedEvent;
import jp.mnledger.kernel.identity.HandlingRulesPublishedEvent;
import jp.mnledger.kernel.identity.PledgeSignedEvent;
import jp.mnledger.kernel.identity.PublishHandlingRulesCommand;
import jp.mnledger.kernel.identity.RecordTrainingCompletedCommand;
import jp.mnledger.kernel.identity.SignPledgeCommand;
import jp.mnledger.kernel.identity.TrainingCompletedEvent;
import jp.mnledger.kernel.company.CollectionCampaignOpenedEvent;
import jp.mnledger.kernel.company.OpenCollectionCampaignCommand;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;

/**
 * A company whose data subjects' numbers we hold; the tenant their keys belong to. It also keeps the
 * organisational safeguards (組織的・人的安全管理措置): the current handling rules, who completed the
 * training and signed the pledge for which version, and who is appointed handler for which purposes.
 */
class Company {

    @AggregateIdentifier
    private String companyId;
    private int rulesVersion;
    private final Map<String, Integer> trainedVersion = new HashMap<>();
    private final Map<String, Integer> pledgedVersion = new HashMap<>();
    private final Map<String, Boolean> appointed = new HashMap<>();
    private final java.util.Set<jp.mnledger.kernel.purpose.Purpose> declaredPurposes = new java.util.HashSet<>();
    private final java.util.Set<String> campaignNames = new java.util.HashSet<>();
    private boolean automaticDisposal;

    Company() {
        // for event sourcing
    }

    @CommandHandler
    Company(CreateCompanyCommand command) {
        apply(new CompanyCreatedEvent(command.companyId(), command.name(),
                command.corporateNumber() == null ? null : command.corporateNumber().value()));
        if (command.officeId() != null) {
            apply(new ClientCompanyAddedEvent(command.companyId(), command.officeId()));
        }
    }

    @CommandHandler
    void handle(DeclarePurposesCommand command) {
        if (command.purposes().isEmpty()) {
            throw new DomainException(ErrorCode.PURPOSE_REQUIRED);
        }
        apply(new PurposesDeclaredEvent(companyId, command.purposes().stream().sorted().toList()));
    }

    /** A collection campaign: a unique name, declared purposes only, whom to collect from, and a due date. */
    @CommandHandler
    void handle(OpenCollectionCampaignCommand command) {
        String name = command.name() == null ? "" : command.name().strip();
        if (name.isEmpty() || name.length() > 100 || command.subjectKinds().isEmpty() || command.dueOn() == null
                || command.campaignId() == null) {
            throw new DomainException(ErrorCode.REQUEST_INVALID);
        }
        if (command.purposes().isEmpty()) {
            throw new DomainException(ErrorCode.PURPOSE_REQUIRED);
        }
        if (!declaredPurposes.containsAll(command.purposes())) {
            throw new DomainException(ErrorCode.PURPOSE_NOT_DECLARED);
        }
        if (campaignNames.contains(name)) {
            throw new DomainException(ErrorCode.CAMPAIGN_NAME_TAKEN);
        }
        apply(new CollectionCampaignOpenedEvent(companyId, command.campaignId(), name,
                command.purposes().stream().sorted().toList(), command.subjectKinds().stream().sorted().toList(),
                command.dueOn()));
    }

    /** A longer period for one document type of the current retention policy; never shorter than the law's. */
    @CommandHandler
    void handle(jp.mnledger.kernel.retention.SetRetentionOverrideCommand command) {
        jp.mnledger.kernel.retention.RetentionPolicy policy = jp.mnledger.kernel.retention.RetentionPolicy.current();
        jp.mnledger.kernel.retention.DocumentType type = policy.documentType(command.documentTypeId())
                .orElseThrow(() -> new DomainException(ErrorCode.DOCUMENT_TYPE_UNKNOWN));
        if (command.period() == null || !type.notShorterThanStatutory(command.period())) {
            throw new DomainException(ErrorCode.RETENTION_BELOW_STATUTORY);
        }
        String reason = command.reason() == null ? null : command.reason().strip();
        if (reason == null || reason.isEmpty() || reason.length() > 300) {
            throw new DomainException(ErrorCode.REASON_REQUIRED);
        }
        apply(new jp.mnledger.kernel.retention.RetentionOverrideSetEvent(companyId, policy.version(), type.id(),
                command.period().toString(), reason));
    }

    /** Whether the sweep confirms due disposals itself; recorded as the company's policy. */
    @CommandHandler
    void handle(jp.mnledger.kernel.retention.SetDisposalConfirmationCommand command) {
        if (command.automatic() != automaticDisposal) {
            apply(new jp.mnledger.kernel.retention.DisposalConfirmationPolicySetEvent(companyId, command.automatic()));
        }
    }

    @EventSourcingHandler
    void on(jp.mnledger.kernel.retention.DisposalConfirmationPolicySetEvent event) {
        this.automaticDisposal = event.automatic();
    }

    @CommandHandler
    void handle(PublishHandlingRulesCommand command) {
        apply(new HandlingRulesPublishedEvent(companyId, rulesVersion + 1, command.title()));
    }

    @CommandHandler
    void handle(RecordTrainingCompletedCommand command) {
        requireRules();
        apply(new TrainingCompletedEvent(companyId, command.userId(), rulesVersion));
    }

    /** The pledge is the caller's own: the signer is the authenticated actor, never a field of the request. */
    @CommandHandler
    void handle(SignPledgeCommand command, @MetaDataValue(AuditMetadata.ACTOR) String actor) {
        requireRules();
        apply(new PledgeSignedEvent(companyId, actor, rulesVersion));
    }

    /**
     * Appoints a handler, or records the refusal: only a user whose training and pledge are for the
     * current handling rules may be appointed. A refusal is an event, so the register shows it.
     */
    @CommandHandler
    AppointmentOutcome handle(AppointHandlerCommand command) {
        if (command.purposes().isEmpty()) {
            throw new DomainException(ErrorCode.PURPOSE_REQUIRED);
        }
        String refusal = rulesVersion == 0 ? "NO_HANDLING_RULES"
                : trainedVersion.getOrDefault(command.userId(), 0) != rulesVersion ? "TRAINING_NOT_CURRENT"
                : pledgedVersion.getOrDefault(command.userId(), 0) != rulesVersion ? "PLEDGE_NOT_CURRENT"
                : null;
        if (refusal != null) {
            apply(new HandlerAppointmentRefusedEvent(companyId, command.userId(), refusal));
            return AppointmentOutcome.refused(refusal);
        }
        apply(new HandlerAppointedEvent(companyId, command.userId(),
                command.purposes().stream().sorted().toList(), rulesVersion));
        return AppointmentOutcome.APPOINTED;
    }

    @CommandHandler
    void handle(DismissHandlerCommand command) {
        if (!appointed.getOrDefault(command.userId(), false)) {
            throw new DomainException(ErrorCode.HANDLER_NOT_APPOINTED);
        }
        apply(new HandlerDismissedEvent(companyId, command.userId()));
    }

    private void requireRules() {
        if (rulesVersion == 0) {
            throw new DomainException(ErrorCode.HANDLING_RULES_NOT_PUBLISHED);
        }
    }

    @EventSourcingHandler
    void on(CompanyCreatedEvent event) {
        this.companyId = event.companyId();
    }

    @EventSourcingHandler
    void on(PurposesDeclaredEvent event) {
        declaredPurposes.clear();
        declaredPurposes.addAll(event.purposes());
    }

    @EventSourcingHandler
    void on(CollectionCampaignOpenedEvent event) {
        campaignNames.add(event.name());
    }

    @EventSourcingHandler
    void on(HandlingRulesPublishedEvent event) {
        this.rulesVersion = event.version();
    }

    @EventSourcingHandler
    void on(TrainingCompletedEvent event) {
        trainedVersion.put(event.userId(), event.rulesVersion());
    }

    @EventSourcingHandler
    void on(PledgeSignedEvent event) {
        pledgedVersion.put(event.userId(), event.rulesVersion());
    }

    @EventSourcingHandler
    void on(HandlerAppointedEvent event) {
        appointed.put(event.userId(), true);
    }

    @EventSourcingHandler
    void on(HandlerDismissedEvent event) {
        appointed.put(event.userId(), false);
    }
}
