package jp.mnledger.query.history;

import java.util.stream.Stream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.springframework.stereotype.Component;

/**
 * Feeds a {@link HistoryFold} from the event store itself, never from a read model: Axon's storage engine reads the
 * stored events in global order, in batches (so memory holds one batch, not the store), through the same upcaster
 * chain and serializer as every processor. Payloads the fold does not read are never deserialised.
 */
@Component
class EventStreamReader {

    private final EventStorageEngine storage;

    EventStreamReader(EventStorageEngine storage) {
        this.storage = storage;
    }

    /** Folds every stored event (the fold ignores those after its time and outside its scope); returns the fold. */
    HistoryFold fold(HistoryFold fold) {
        try (Stream<? extends TrackedEventMessage<?>> events = storage.readEvents(null, false)) {
            events.forEach(message -> {
                if (HistoryFold.HANDLED.contains(message.getPayloadType())
                        && !message.getTimestamp().isAfter(fold.asOf())) {
                    fold.accept(recorded(message));
                }
            });
        }
        return fold;
    }

    private static RecordedEvent recorded(TrackedEventMessage<?> message) {
        String aggregate = null;
        Long sequence = null;
        if (message instanceof DomainEventMessage<?> domain) {
            aggregate = domain.getAggregateIdentifier();
            sequence = domain.getSequenceNumber();
        }
        return new RecordedEvent(message.getIdentifier(), message.getTimestamp(), message.getPayload(),
                message.getMetaData(), aggregate, sequence);
    }
}
