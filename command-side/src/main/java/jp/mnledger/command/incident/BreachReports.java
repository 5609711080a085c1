package jp.mnledger.command.incident;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import jp.mnledger.command.keyvault.PersonalDataSealer;
import jp.mnledger.kernel.error.DomainException;
import jp.mnledger.kernel.error.ErrorCode;
import jp.mnledger.kernel.incident.AffectedSubject;
import jp.mnledger.kernel.incident.BreachAssessment;
import jp.mnledger.kernel.incident.BreachDeadlines;
import jp.mnledger.kernel.incident.BreachFacts;
import jp.mnledger.kernel.incident.BreachNotes;
import jp.mnledger.kernel.incident.BreachReportDraftedEvent;
import jp.mnledger.kernel.incident.BreachRules;
import jp.mnledger.kernel.incident.BreachScope;
import jp.mnledger.kernel.incident.DraftBreachReportCommand;
import jp.mnledger.kernel.seal.PersonalField;
import jp.mnledger.kernel.seal.SealedValue;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.config.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Drafts a 漏えい等報告: checks the input, computes the affected people from the event store, decides reportability
 * and the deadlines under the configured rules, seals the typed notes under the report's own data key and records
 * the whole as the new report's {@link BreachReportDraftedEvent}. Answers the event (the caller renders it).
 */
@Component
class BreachReports {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Configuration axon;
    private final LedgerAffectedPersons ledger;
    private final PersonalDataSealer sealer;
    private final BreachProperties properties;

    BreachReports(@Lazy Configuration axon, LedgerAffectedPersons ledger, PersonalDataSealer sealer,
                  BreachProperties properties) {
        this.axon = axon;
        this.ledger = ledger;
        this.sealer = sealer;
        this.properties = properties;
    }

    @CommandHandler
    BreachReportDraftedEvent handle(DraftBreachReportCommand command) throws Exception {
        if (command.windowFrom() == null || command.windowTo() == null || command.awareAt() == null
                || command.facts() == null || command.facts().category() == null) {
            throw new DomainException(ErrorCode.REQUEST_INVALID);
        }
        if (!command.windowTo().isAfter(command.windowFrom()) || command.awareAt().isBefore(command.windowFrom())) {
            throw new DomainException(ErrorCode.BREACH_WINDOW_INVALID);
        }
        if (command.notes() != null && command.notes().holdsMyNumberLikeText()) {
            throw new DomainException(ErrorCode.BREACH_NOTES_HOLD_A_NUMBER);
        }
        BreachScope given = command.scope();
        if (given == null || given.empty()) {
            throw new DomainException(ErrorCode.BREACH_SCOPE_EMPTY);
        }
        BreachScope scope = new BreachScope(given.wholeCompany(), ledger.resolveAccounts(given.accounts()),
                given.subjectIds().stream().distinct().toList(), given.purposes().stream().distinct().toList());
        List<AffectedSubject> affected = ledger.affected(command.companyId(), command.windowFrom(), command.windowTo(),
                scope);
        BreachRules rules = properties.rules();
        BreachFacts facts = command.facts();
        BreachReportDraftedEvent event = new BreachReportDraftedEvent(command.reportId(), command.companyId(),
                command.windowFrom(), command.windowTo(), command.awareAt(), scope, facts, affected, rules,
                BreachAssessment.assess(facts, affected.size(), rules),
                BreachDeadlines.of(command.awareAt(), facts.improperPurpose(), rules),
                seal(command.companyId(), command.reportId(), command.notes()));
        axon.repository(BreachReport.class).newInstance(() -> new BreachReport(event));
        return event;
    }

    private SealedValue seal(String companyId, String reportId, BreachNotes notes) {
        if (notes == null || notes.blank()) {
            return null;
        }
        try {
            return sealer.seal(companyId, reportId, PersonalField.INCIDENT_NOTES, JSON.writeValueAsString(notes));
        } catch (JsonProcessingException e) {
            // Never the text itself: only that it could not be written.
            throw new IllegalStateException("the notes of a breach report could not be serialised");
        }
    }
}
