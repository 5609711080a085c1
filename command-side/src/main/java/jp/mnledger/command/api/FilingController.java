package jp.mnledger.command.api;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import jp.mnledger.command.subject.LifecycleRefusal;
import jp.mnledger.kernel.error.DomainException;
import jp.mnledger.kernel.audit.AuditMetadata;
import jp.mnledger.kernel.error.ErrorCode;
import jp.mnledger.kernel.error.ResourceIds;
import jp.mnledger.kernel.purpose.Purpose;
import jp.mnledger.kernel.subject.ProvideMyNumberCommand;
import jp.mnledger.kernel.subject.ProvisionMethod;
import jp.mnledger.kernel.subject.Recipient;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A filing (源泉徴収票, 給与支払報告書, 支払調書 …) provides many subjects' numbers for one purpose at once. Each
 * subject is its own command — authorised, checked against the purposes notified to that person, and
 * recorded as its own event — so one refusal does not stop the others, and the answer lists each outcome.
 */
@RestController
class FilingController {

    static final int MAX_SUBJECTS = 1000;

    private final CommandGateway commands;
    private final AuditMetadataResolver metadata;

    FilingController(CommandGateway commands, AuditMetadataResolver metadata) {
        this.commands = commands;
        this.metadata = metadata;
    }

    record FilingRequest(@NotNull Purpose purpose, @NotNull Recipient recipient, @Size(max = 200) String recipientName,
                         @NotNull ProvisionMethod method, @NotBlank @Size(max = 200) String document,
                         @NotNull @Size(min = 1, max = MAX_SUBJECTS) List<String> subjectIds) {
    }

    /** One line per subject: PROVIDED, or the stable code of why not. */
    record FilingOutcome(String subjectId, String outcome) {
    }

    record FilingResponse(int provided, int refused, List<FilingOutcome> results) {
    }

    @Operation(summary = "届出・法定調書のための一括提供（対象者ごとに記録） / File for many subjects", tags = "個人番号のライフサイクル")
    @PostMapping("/api/v1/companies/{companyId}/filings")
    FilingResponse file(@PathVariable String companyId, @Valid @RequestBody FilingRequest body, HttpServletRequest request) {
        return file(companyId, body, metadata.resolve(request, null));
    }

    FilingResponse file(String companyId, FilingRequest body, AuditMetadata audit) {
        String company = ResourceIds.require(companyId, ErrorCode.COMPANY_NOT_FOUND);
        MetaData meta = MetaData.from(audit.withTenant(company).withPurpose(body.purpose().name()).toMap());
        List<FilingOutcome> results = new ArrayList<>();
        for (String rawId : new LinkedHashSet<>(body.subjectIds())) {
            String subject;
            try {
                subject = ResourceIds.require(rawId, ErrorCode.SUBJECT_NOT_FOUND);
            } catch (DomainException e) {
                results.add(new FilingOutcome(null, e.code().name()));
                continue;
            }
            results.add(new FilingOutcome(subject, provide(new ProvideMyNumberCommand(subject, company, body.purpose(),
                    body.recipient(), body.recipientName(), body.method(), body.document()), meta)));
        }
        int provided = (int) results.stream().filter(r -> r.outcome().equals("PROVIDED")).count();
        return new FilingResponse(provided, results.size() - provided, results);
    }

    private String provide(ProvideMyNumberCommand command, MetaData meta) {
        try {
            Object result = commands.sendAndWait(command, meta);
            return result instanceof LifecycleRefusal refusal ? refusal.code().name() : "PROVIDED";
        } catch (AggregateNotFoundException e) {
            return ErrorCode.SUBJECT_NOT_FOUND.name();
        } catch (DomainException e) {
            return e.code().name();
        }
    }
}
