package jp.mnledger.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import jp.mnledger.kernel.company.CompanyCreatedEvent;
import jp.mnledger.kernel.inbox.IdDocumentImageReceivedEvent;
import jp.mnledger.kernel.inbox.IdDocumentImageViewedEvent;
import jp.mnledger.kernel.inbox.IdDocumentImagesPurgedEvent;
import jp.mnledger.kernel.subject.MyNumberAcquiredEvent;
import jp.mnledger.kernel.subject.SubjectRegisteredEvent;
import org.axonframework.serialization.Revision;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.json.JacksonSerializer;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import jp.mnledger.ops.axon.SubjectRegisteredEventUpcaster;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Stored events are forever: a payload written by revision 1 (frozen as it was stored) must still read
 * back, and today's serializer must write the same fields. Renaming a field fails here first; the fix
 * is a new revision with an upcaster, tested against these files.
 */
class FrozenEventPayloadTest {

    private final JacksonSerializer serializer = JacksonSerializer.defaultSerializer();
    private final ObjectMapper json = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(classes = {CompanyCreatedEvent.class, SubjectRegisteredEvent.class, MyNumberAcquiredEvent.class,
            IdDocumentImageReceivedEvent.class, IdDocumentImageViewedEvent.class, IdDocumentImagesPurgedEvent.class,
            jp.mnledger.kernel.ledger.EvidenceExportedEvent.class})
    void revisionOnePayloadsStillReadAndWriteTheSameFields(Class<?> eventType) throws IOException {
        String revision = eventType.getAnnotation(Revision.class).value();
        byte[] frozen = frozen(eventType.getSimpleName() + "-" + revision + ".json");

        SerializedObject<byte[]> stored = new SimpleSerializedObject<>(frozen, byte[].class,
                new SimpleSerializedType(eventType.getName(), revision));
        Object event = serializer.deserialize(stored);
        assertThat(event).isInstanceOf(eventType);

        JsonNode rewritten = json.readTree(serializer.serialize(event, byte[].class).getData());
        assertThat(rewritten).isEqualTo(json.readTree(frozen));
    }

    /** Revision 1 of SubjectRegisteredEvent (before relationship and occupation) still reads, through the upcaster. */
    @Test
    void aRevisionOneSubjectRegistrationIsUpcastWithoutInventingARelationship() throws IOException {
        byte[] frozen = frozen("SubjectRegisteredEvent-1.json");
        DomainEventData<byte[]> stored = new GenericDomainEventEntry<>("Subject", "569ea57c-6d9d-4136-98c5-13de5eef7222",
                0L, "event-1", Instant.parse("2026-01-05T00:00:00Z"), SubjectRegisteredEvent.class.getName(), "1",
                frozen, "{}".getBytes(StandardCharsets.UTF_8));
        List<IntermediateEventRepresentation> upcast = new SubjectRegisteredEventUpcaster()
                .upcast(Stream.of(new InitialEventRepresentation(stored, serializer))).toList();

        assertThat(upcast).singleElement().satisfies(representation ->
                assertThat(representation.getType().getRevision()).isEqualTo("2"));
        SubjectRegisteredEvent event = serializer.deserialize(new SimpleSerializedObject<>(
                upcast.get(0).getData(byte[].class).getData(), byte[].class, upcast.get(0).getType()));
        assertThat(event.employeeCode()).isEqualTo("E001");
        assertThat(event.relationship()).isNull();
        assertThat(event.occupation()).isNull();
    }

    private static byte[] frozen(String name) throws IOException {
        try (InputStream in = FrozenEventPayloadTest.class.getResourceAsStream("/frozen-events/" + name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip().getBytes(StandardCharsets.UTF_8);
        }
    }
}
