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
            IdDocumentImageReceivedEvent.class, IdDocumentImageViewedEvent.class, IdDocumentImagesPurgedEvent.class})
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

    private static byte[] frozen(String name) throws IOException {
        try (InputStream in = FrozenEventPayloadTest.class.getResourceAsStream("/frozen-events/" + name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip().getBytes(StandardCharsets.UTF_8);
        }
    }
}
