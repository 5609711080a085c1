package jp.mnledger.ops.ledger;

import java.util.List;
import jp.mnledger.kernel.ledger.FetchLatestTreeHeadQuery;
import jp.mnledger.kernel.ledger.FetchLedgerPublicKeysQuery;
import jp.mnledger.kernel.ledger.LedgerPublicKeyResponse;
import jp.mnledger.kernel.ledger.SignTreeHeadCommand;
import jp.mnledger.kernel.ledger.TreeHeadResponse;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/**
 * The ledger's queries and its one command, behind the buses' authorisation interceptors like every
 * other message (ADR 0007): {@code AUDIT_LEDGER}, and a refusal recorded as an event.
 */
@Component
class LedgerMessageHandlers {

    private final LedgerStore store;
    private final TreeHeadSigner signer;

    LedgerMessageHandlers(LedgerStore store, TreeHeadSigner signer) {
        this.store = store;
        this.signer = signer;
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
}
