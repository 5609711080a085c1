package jp.mnledger.ops.axon;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jp.mnledger.kernel.subject.SubjectRegisteredEvent;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

/**
 * {@link SubjectRegisteredEvent} revision 1 → 2: subjects registered before dependents had a
 * relationship and payees an occupation get both as null. Nothing is invented for old events. Part of the
 * event store's assembly, not of the shared kernel, which holds no Axon infrastructure (ADR 0006).
 */
public class SubjectRegisteredEventUpcaster extends SingleEventUpcaster {

    private static final SimpleSerializedType REVISION_1 =
            new SimpleSerializedType(SubjectRegisteredEvent.class.getName(), "1");
    private static final SimpleSerializedType REVISION_2 =
            new SimpleSerializedType(SubjectRegisteredEvent.class.getName(), "2");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return representation.getType().equals(REVISION_1);
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(REVISION_2, JsonNode.class, payload -> {
            ObjectNode node = ((ObjectNode) payload).deepCopy();
            node.putNull("relationship");
            node.putNull("occupation");
            return node;
        });
    }
}
