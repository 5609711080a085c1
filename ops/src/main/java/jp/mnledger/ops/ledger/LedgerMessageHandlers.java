package jp.mnledger.ops.ledger;

import java.util.List;
import jp.mnledger.command.lookup.SubjectDirectory;
import jp.mnledger.kernel.error.DomainException;
import jp.mnledger.kernel.error.ErrorCode;
import jp.mnledger.kernel.ledger.EvidenceExportedEvent;
import jp.mnledger.kernel.ledger.ExportEvidenceCommand;
import jp.mnledger.kernel.ledger.FetchLatestTreeHeadQuery;
import jp.mnledger.kernel.ledger.FetchLedgerPublicKeysQuery;
import jp.mnledger.kernel.ledger.LedgerPublicKeyResponse;
import jp.mnledger.kernel.ledger.SignTreeHeadCommand;
import jp.mnledger.kernel.ledger.TreeHeadResponse;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/**
 * The ledger's queries and commands, behind the buses' authorisation interceptors like every other message
 * (ADR 0007): {@code AUDIT_LEDGER}, and a refusal recorded as an event.
 */
@Component
class LedgerMessageHandlers {

    private final LedgerStore store;
    private final TreeHeadSigner signer;
    private final EventBus events;
    private final SubjectDirectory directory;

    LedgerMessageHandlers(LedgerStore store, TreeHeadSigner signer, EventBus events, SubjectDirectory directory) {
        this.store = store;
        this.signer = signer;
        this.events = events;
        this.directory = directory;
    }

    @QueryHandler
    List<TreeHeadResponse> handle(FetchLatestTreeHeadQuery query) {
        return store.latestHead().map(TreeHeadResponse::of).stream().toList();
    }

    @QueryHandler
    List<LedgerPublicKeyResponse> handle(FetchLedgerPublicKeysQuery query) {
        return store.publicKeys();
    }

    @CommandHandler
    TreeHeadResponse handle(SignTreeHeadCommand command) {
        return TreeHeadResponse.of(signer.signNow());
    }

    /**
     * Records an evidence export (ADR 0018): an event of no aggregate, like an access decision, carrying the
     * command's audit metadata (who, role, from where; the company as its tenant), so it becomes a leaf and a line
     * of the company's access log.
     */
    @CommandHandler
    EvidenceExportedEvent handle(ExportEvidenceCommand command) {
        if (!directory.companyExists(command.companyId())) {
            throw new DomainException(ErrorCode.COMPANY_NOT_FOUND);
        }
        if (command.subjectId() != null && directory.subjectKind(command.companyId(), command.subjectId()).isEmpty()) {
            throw new DomainException(ErrorCode.SUBJECT_NOT_FOUND);
        }
        EvidenceExportedEvent event = new EvidenceExportedEvent(command.exportId(), command.companyId(), command.subjectId(),
                command.from() == null ? null : command.from().toString(), command.to() == null ? null : command.to().toString(),
                command.eventCount(), command.treeSize(), command.rootHash());
        events.publish(GenericEventMessage.asEventMessage(event));
        return event;
    }
}
