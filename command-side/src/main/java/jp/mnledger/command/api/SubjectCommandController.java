package jp.mnledger.command.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.Set;
import java.util.UUID;
import jp.mnledger.kernel.error.DomainException;
import jp.mnledger.kernel.error.ErrorCode;
import jp.mnledger.kernel.error.ResourceIds;
import jp.mnledger.kernel.number.MyNumber;
import jp.mnledger.kernel.purpose.Purpose;
import jp.mnledger.kernel.seal.PersonalName;
import jp.mnledger.kernel.subject.AcquireMyNumberCommand;
import jp.mnledger.kernel.subject.AcquisitionChannel;
import jp.mnledger.kernel.subject.MyNumberStatus;
import jp.mnledger.kernel.subject.RegisterSubjectCommand;
import jp.mnledger.kernel.subject.SubjectKind;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/companies/{companyId}/subjects")
class SubjectCommandController {

    private final CommandGateway commands;
    private final AuditMetadataResolver metadata;

    SubjectCommandController(CommandGateway commands, AuditMetadataResolver metadata) {
        this.commands = commands;
        this.metadata = metadata;
    }

    record RegisterSubjectRequest(@NotNull SubjectKind kind,
                                  @NotBlank @Size(max = 300) String displayName,
                                  @Size(max = 64) @Pattern(regexp = "[\\p{Alnum}._-]*") String employeeCode,
                                  String relatedSubjectId) {

        @Override
        public String toString() {
            return "RegisterSubjectRequest[kind=" + kind + "]";
        }
    }

    /** The number arrives only in the body; {@link #toString()} hides it. */
    record AcquireMyNumberRequest(String myNumber, @NotNull AcquisitionChannel channel,
                                  @NotNull Set<Purpose> purposesNotified) {

        @Override
        public String toString() {
            return "AcquireMyNumberRequest[channel=" + channel + "]";
        }
    }

    record MyNumberStatusResponse(String subjectId, MyNumberStatus myNumberStatus) {
    }

    @PostMapping
    ResponseEntity<CreatedResponse> register(@PathVariable String companyId,
                                             @Valid @RequestBody RegisterSubjectRequest body,
                                             HttpServletRequest request) {
        String company = ResourceIds.require(companyId, ErrorCode.COMPANY_NOT_FOUND);
        String related = body.relatedSubjectId() == null
                ? null : ResourceIds.require(body.relatedSubjectId(), ErrorCode.RELATED_SUBJECT_NOT_FOUND);
        String subjectId = UUID.randomUUID().toString();
        String employeeCode = body.employeeCode() == null || body.employeeCode().isEmpty() ? null : body.employeeCode();
        commands.sendAndWait(new RegisterSubjectCommand(subjectId, company, body.kind(),
                        new PersonalName(body.displayName().strip()), employeeCode, related),
                MetaData.from(metadata.resolve(request, company).toMap()));
        return ResponseEntity.created(URI.create("/api/v1/companies/" + company + "/subjects/" + subjectId))
                .body(new CreatedResponse(subjectId));
    }

    @PostMapping("/{subjectId}/my-number")
    ResponseEntity<MyNumberStatusResponse> acquire(@PathVariable String companyId, @PathVariable String subjectId,
                                                   @Valid @RequestBody AcquireMyNumberRequest body,
                                                   HttpServletRequest request) {
        String company = ResourceIds.require(companyId, ErrorCode.COMPANY_NOT_FOUND);
        String subject = ResourceIds.require(subjectId, ErrorCode.SUBJECT_NOT_FOUND);
        MyNumber myNumber = MyNumber.parse(body.myNumber());
        sendToExistingSubject(new AcquireMyNumberCommand(subject, company, myNumber, body.channel(),
                body.purposesNotified()), MetaData.from(metadata.resolve(request, company).toMap()));
        return ResponseEntity.created(URI.create("/api/v1/companies/" + company + "/subjects/" + subject))
                .body(new MyNumberStatusResponse(subject, MyNumberStatus.ACQUIRED));
    }

    /** A command to a subject that has no events at all is a request about a subject that does not exist. */
    private void sendToExistingSubject(Object command, MetaData metaData) {
        try {
            commands.sendAndWait(command, metaData);
        } catch (AggregateNotFoundException e) {
            throw new DomainException(ErrorCode.SUBJECT_NOT_FOUND);
        }
    }
}
