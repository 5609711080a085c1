package jp.mnledger.ops;

import static org.assertj.core.api.Assertions.assertThat;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;

/** The stack facts of ADR 0002/0003 hold in the running assembly, not only in configuration files. */
class AxonWiringTest extends ServerTestBase {

    @Autowired
    TransactionManager transactionManager;
    @Autowired
    EventStorageEngine storageEngine;
    @Autowired
    @Qualifier("eventSerializer")
    Serializer eventSerializer;
    @Autowired
    @Qualifier("messageSerializer")
    Serializer messageSerializer;

    @Autowired
    org.axonframework.commandhandling.CommandBus commandBus;
    @Autowired
    org.axonframework.queryhandling.QueryBus queryBus;

    /** Each authorisation runs once per message: a second registration doubled every principal lookup. */
    @Test
    void theAuthorisationInterceptorsAreRegisteredExactlyOnce() {
        java.util.List<?> commandInterceptors = (java.util.List<?>) org.springframework.test.util.ReflectionTestUtils
                .getField(commandBus, "handlerInterceptors");
        java.util.List<?> queryInterceptors = (java.util.List<?>) org.springframework.test.util.ReflectionTestUtils
                .getField(queryBus, "handlerInterceptors");
        assertThat(commandInterceptors).filteredOn(i -> i instanceof jp.mnledger.command.identity.CommandAuthorization)
                .hasSize(1);
        assertThat(queryInterceptors).filteredOn(i -> i instanceof jp.mnledger.query.access.QueryAuthorization).hasSize(1);
    }

    @Test
    void commandsRunInRealDatabaseTransactions() {
        assertThat(transactionManager).isInstanceOf(SpringTransactionManager.class);
    }

    @Test
    void eventsAreStoredByTheJdbcEngineAsJson() {
        assertThat(storageEngine).isInstanceOf(JdbcEventStorageEngine.class);
        assertThat(eventSerializer).isInstanceOf(JacksonSerializer.class);
        assertThat(messageSerializer).isInstanceOf(JacksonSerializer.class);
    }

    /** Old SubjectRegisteredEvent rows reach aggregates and projections upcast: the store's chain holds the upcaster. */
    @Test
    void theEventStoreUpcastsRevisionOneSubjectRegistrations() {
        org.axonframework.serialization.upcasting.event.EventUpcaster chain =
                (org.axonframework.serialization.upcasting.event.EventUpcaster)
                        org.springframework.test.util.ReflectionTestUtils.getField(storageEngine, "upcasterChain");
        org.axonframework.eventhandling.DomainEventData<byte[]> stored =
                new org.axonframework.eventhandling.GenericDomainEventEntry<>("Subject", "s-1", 0L, "e-1",
                        java.time.Instant.EPOCH, jp.mnledger.kernel.subject.SubjectRegisteredEvent.class.getName(), "1",
                        "{\"subjectId\":\"s-1\",\"kind\":\"EMPLOYEE\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                        "{}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(chain.upcast(java.util.stream.Stream.of(
                        new org.axonframework.serialization.upcasting.event.InitialEventRepresentation(stored, eventSerializer)))
                .map(representation -> representation.getType().getRevision()))
                .containsExactly("2");
    }
}
