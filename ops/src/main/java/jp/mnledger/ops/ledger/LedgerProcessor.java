package jp.mnledger.ops.ledger;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.stereotype.Component;

/**
 * Turns every stored event into the next leaf of the ledger's tree. Its own tracking processor
 * ({@value #PROCESSING_GROUP}: one segment, one thread, see {@link LedgerConfiguration}), so the leaf order
 * is the one order in which this processor saw the events — not the global index, which can have gaps that
 * fill later. Each leaf is written in the transaction that advances the processor's token, and a failure
 * stops the processor instead of skipping an event.
 *
 * <p>The handler takes the message, not the payload: no event is deserialised or upcast here. The leaf is
 * formed from the stored row itself (payload and metadata bytes as stored, i.e. ciphertext for personal data).
 */
@Component
@ProcessingGroup(LedgerProcessor.PROCESSING_GROUP)
class LedgerProcessor {

    static final String PROCESSING_GROUP = "ledger";

    private final LedgerStore store;

    LedgerProcessor(LedgerStore store) {
        this.store = store;
    }

    @EventHandler
    void on(EventMessage<?> event) {
        store.appendLeaf(event.getIdentifier());
    }
}
