package jp.mnledger.command.subject;

import java.util.ArrayList;
import java.util.List;
import jp.mnledger.command.inbox.IdDocumentInbox;
import jp.mnledger.command.keyvault.SubjectEraser;
import jp.mnledger.kernel.error.DomainException;
import jp.mnledger.kernel.error.ErrorCode;
import jp.mnledger.kernel.retention.ConfirmDisposalCommand;
import jp.mnledger.kernel.retention.ConfirmDisposalsCommand;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.config.Configuration;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Many disposals in one unit of work: each subject is loaded and disposed of by its own aggregate, with the same
 * rules as a single {@link ConfirmDisposalCommand}; the unit of work commits them together. A refusal for one
 * subject (not proposed, already disposed, another company's) touches nothing of it and is answered per line.
 */
@Component
class SubjectDisposals {

    private final Configuration axon;
    private final SubjectEraser eraser;
    private final IdDocumentInbox inbox;

    SubjectDisposals(@Lazy Configuration axon, SubjectEraser eraser, IdDocumentInbox inbox) {
        this.axon = axon;
        this.eraser = eraser;
        this.inbox = inbox;
    }

    @CommandHandler
    List<ConfirmDisposalsCommand.Outcome> handle(ConfirmDisposalsCommand command) {
        Repository<Subject> subjects = axon.repository(Subject.class);
        List<ConfirmDisposalsCommand.Outcome> outcomes = new ArrayList<>();
        for (String subjectId : command.subjectIds()) {
            String outcome;
            try {
                subjects.load(subjectId).execute(subject -> subject.handle(new ConfirmDisposalCommand(subjectId,
                        command.companyId(), command.certificateId(), command.automatic()), eraser, inbox));
                outcome = "DISPOSED";
            } catch (AggregateNotFoundException e) {
                outcome = ErrorCode.SUBJECT_NOT_FOUND.name();
            } catch (DomainException e) {
                outcome = e.code().name();
            }
            outcomes.add(new ConfirmDisposalsCommand.Outcome(subjectId, outcome));
        }
        return outcomes;
    }
}
