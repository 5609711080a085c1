package jp.mnledger.command.api;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import jp.mnledger.kernel.audit.AuditMetadata;
import jp.mnledger.kernel.error.DomainException;
import jp.mnledger.kernel.error.ErrorCode;
import jp.mnledger.kernel.error.ResourceIds;
import jp.mnledger.kernel.incident.BreachCategory;
import jp.mnledger.kernel.incident.BreachDeadlines;
import jp.mnledger.kernel.incident.BreachFacts;
import jp.mnledger.kernel.incident.BreachNotes;
import jp.mnledger.kernel.incident.BreachReportDraftedEvent;
import jp.mnledger.kernel.incident.BreachReportResponse;
import jp.mnledger.kernel.incident.BreachScope;
import jp.mnledger.kernel.incident.DraftBreachReportCommand;
import jp.mnledger.kernel.purpose.Purpose;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * 漏えい等報告 drafts (ADR 0019): the responsible manager or office head gives the incident window, the awareness,
 * the scope and the facts and notes only a person knows; the server computes the rest from the ledger and records
 * the draft. Reading the drafts is the query side's (GET …/breach-reports).
 */
@RestController
class BreachReportController {

    static final int MAX_NOTE = 4000;

    private final CommandGateway commands;
    private final AuditMetadataResolver metadata;

    BreachReportController(CommandGateway commands, AuditMetadataResolver metadata) {
        this.commands = commands;
        this.metadata = metadata;
    }

    /**
     * Which data may have been exposed (the union of the parts). Accounts by username or user id.
     */
    record ScopeRequest(Boolean wholeCompany, @Size(max = 100) List<String> accounts,
                        @Size(max = 10_000) List<String> subjectIds, List<Purpose> purposes) {
    }

    /** The items of the report the server cannot compute. Free text: never logged, sealed in the event. */
    record NotesRequest(@Size(max = MAX_NOTE) String summary, @Size(max = MAX_NOTE) String cause,
                        @Size(max = MAX_NOTE) String secondaryDamage, @Size(max = MAX_NOTE) String responseToIndividuals,
                        @Size(max = MAX_NOTE) String publication, @Size(max = MAX_NOTE) String recurrencePrevention,
                        @Size(max = MAX_NOTE) String other) {

        BreachNotes notes() {
            return new BreachNotes(summary, cause, secondaryDamage, responseToIndividuals, publication,
                    recurrencePrevention, other);
        }

        @Override
        public String toString() {
            return "NotesRequest[sealed]";
        }
    }

    /**
     * Times as ISO-8601 with an offset ({@code 2026-11-01T09:00:00+09:00}) or without one, read as Japan time.
     */
    record DraftRequest(@NotBlank String windowFrom, @NotBlank String windowTo, @NotBlank String awareAt,
                        @NotNull @Valid ScopeRequest scope, @NotNull BreachCategory category, Boolean improperPurpose,
                        Boolean publiclyViewable, Boolean highlyEncrypted, Boolean specifiedSystem,
                        @Valid NotesRequest notes) {

        @Override
        public String toString() {
            return "DraftRequest[" + category + "]";
        }
    }

    @Operation(summary = "漏えい等報告の下書きを作成する（本人の数・期限・報告要否を台帳から算出） / Draft a breach report",
            tags = "漏えい等報告")
    @PostMapping("/api/v1/companies/{companyId}/breach-reports")
    ResponseEntity<BreachReportResponse> draft(@PathVariable String companyId, @Valid @RequestBody DraftRequest body,
                                               HttpServletRequest request) {
        BreachReportResponse report = draft(companyId, body, metadata.resolve(request, null));
        return ResponseEntity.created(URI.create("/api/v1/companies/" + report.companyId() + "/breach-reports/"
                + report.id())).body(report);
    }

    BreachReportResponse draft(String companyId, DraftRequest body, AuditMetadata audit) {
        String company = ResourceIds.require(companyId, ErrorCode.COMPANY_NOT_FOUND);
        String reportId = UUID.randomUUID().toString();
        ScopeRequest scope = body.scope();
        BreachNotes notes = body.notes() == null ? BreachNotes.NONE : body.notes().notes();
        DraftBreachReportCommand command = new DraftBreachReportCommand(reportId, company, instant(body.windowFrom()),
                instant(body.windowTo()), instant(body.awareAt()),
                new BreachScope(yes(scope.wholeCompany()), scope.accounts(), scope.subjectIds(), scope.purposes()),
                new BreachFacts(body.category(), yes(body.improperPurpose()), yes(body.publiclyViewable()),
                        yes(body.highlyEncrypted()), yes(body.specifiedSystem())), notes);
        BreachReportDraftedEvent drafted = commands.sendAndWait(command, MetaData.from(audit.withTenant(company).toMap()));
        return BreachReportResponse.of(drafted, audit.actor(), audit.time(), notes);
    }

    /** An absent flag is a no: a fact nobody asserted. */
    private static boolean yes(Boolean flag) {
        return Boolean.TRUE.equals(flag);
    }

    private static Instant instant(String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(text).atZone(BreachDeadlines.JST).toInstant();
            } catch (DateTimeParseException notLocal) {
                throw new DomainException(ErrorCode.REQUEST_INVALID);
            }
        }
    }
}
