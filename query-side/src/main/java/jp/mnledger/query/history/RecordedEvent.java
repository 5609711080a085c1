package jp.mnledger.query.history;

import java.time.Instant;
import java.util.Map;

/**
 * One stored event as the fold needs it: its id, when it was recorded, the (upcast) payload, the audit metadata,
 * and, for an aggregate's event, the aggregate and its sequence number in that aggregate's stream.
 */
public record RecordedEvent(String eventId, Instant occurredAt, Object payload, Map<String, ?> metadata,
                            String aggregateId, Long sequenceNumber) {

    public RecordedEvent {
        metadata = metadata == null ? Map.of() : metadata;
    }

    @Override
    public String toString() {
        return "RecordedEvent[" + eventId + ", " + (payload == null ? "?" : payload.getClass().getSimpleName()) + "]";
    }
}
