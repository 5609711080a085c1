package jp.mnledger.ops.axon;

import jp.mnledger.command.importing.SubjectImportProperties;
import jp.mnledger.kernel.audit.AuditMetadata;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.modelling.saga.repository.jdbc.PostgresSagaSqlSchema;
import org.axonframework.modelling.saga.repository.jdbc.SagaSchema;
import org.axonframework.modelling.saga.repository.jdbc.SagaSqlSchema;
import org.axonframework.serialization.Serializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Points Axon's JDBC event store, token store, saga store and dead-letter queue at the tables Flyway
 * created in schema {@code axon}, and copies the audit metadata of each command onto every event it
 * causes.
 */
@Configuration(proxyBeanMethods = false)
class AxonStoreConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(AxonStoreConfiguration.class);
    /** PostgreSQL's limit of bind parameters in one statement; Axon binds every awaited index. */
    static final int BIND_PARAMETER_LIMIT = 65_535;
    /** Room for the commands committed by others while the largest import is open. */
    static final int CONCURRENT_HEADROOM = 10_000;

    /**
     * Axon Spring Boot's JDBC event storage engine, built the same way, with the processors' patience for
     * uncommitted global indexes sized for the longest transaction mnledger runs: a CSV import (ADR 0011).
     * Through an Axon Server the server stores the events (and imports are refused), so Axon's own
     * configuration stays as it was.
     */
    @Bean
    @ConditionalOnProperty(name = "axon.axonserver.enabled", havingValue = "false")
    EventStorageEngine eventStorageEngine(Serializer defaultSerializer, PersistenceExceptionResolver persistenceExceptionResolver,
                                          @Qualifier("eventSerializer") Serializer eventSerializer,
                                          org.axonframework.config.Configuration configuration,
                                          ConnectionProvider connectionProvider, TransactionManager transactionManager,
                                          EventSchema eventSchema, EventStoreProperties eventStore,
                                          SubjectImportProperties imports) {
        for (String problem : gapSettingProblems(eventStore, imports)) {
            LOG.warn("Event store settings: {}. Event processors may skip events of a large import (ADR 0011).", problem);
        }
        return JdbcEventStorageEngine.builder()
                .snapshotSerializer(defaultSerializer)
                .upcasterChain(configuration.upcasterChain())
                .persistenceExceptionResolver(persistenceExceptionResolver)
                .eventSerializer(eventSerializer)
                .snapshotFilter(configuration.snapshotFilter())
                .connectionProvider(connectionProvider)
                .transactionManager(transactionManager)
                .schema(eventSchema)
                .maxGapOffset(eventStore.maxGapOffset())
                .gapTimeout((int) Math.min(Integer.MAX_VALUE, eventStore.gapTimeout().toMillis()))
                .build();
    }

    /** What is wrong with the gap settings for the configured imports (empty when nothing is). */
    static java.util.List<String> gapSettingProblems(EventStoreProperties eventStore, SubjectImportProperties imports) {
        java.util.List<String> problems = new java.util.ArrayList<>();
        if (eventStore.maxGapOffset() < imports.maxEventsPerImport() + CONCURRENT_HEADROOM) {
            problems.add("mnledger.event-store.max-gap-offset (" + eventStore.maxGapOffset() + ") is below twice "
                    + "mnledger.import.max-rows plus " + CONCURRENT_HEADROOM);
        }
        if (eventStore.maxGapOffset() > BIND_PARAMETER_LIMIT - 10) {
            problems.add("mnledger.event-store.max-gap-offset (" + eventStore.maxGapOffset() + ") exceeds PostgreSQL's "
                    + BIND_PARAMETER_LIMIT + " bind parameters");
        }
        if (eventStore.gapTimeout().compareTo(imports.transactionTimeout().multipliedBy(2)) < 0) {
            problems.add("mnledger.event-store.gap-timeout (" + eventStore.gapTimeout() + ") is below twice "
                    + "mnledger.import.transaction-timeout (" + imports.transactionTimeout() + ")");
        }
        return problems;
    }

    @Bean
    EventSchema eventSchema() {
        return EventSchema.builder()
                .eventTable("axon.domainevententry")
                .snapshotTable("axon.snapshotevententry")
                .build();
    }

    @Bean
    TokenSchema tokenSchema() {
        return TokenSchema.builder().setTokenTable("axon.tokenentry").build();
    }

    @Bean
    SagaSqlSchema sagaSqlSchema() {
        return new PostgresSagaSqlSchema(new SagaSchema("axon.sagaentry", "axon.associationvalueentry"));
    }

    @Bean
    DeadLetterSchema deadLetterSchema() {
        return DeadLetterSchema.builder().deadLetterTable("axon.deadletterentry").build();
    }

    /**
     * The query side's tracking projections share one pooled processor ({@value #PROJECTIONS}): one set of
     * tokens and one reader of the event stream instead of one per projection, which under a write load is
     * the difference between a few and many polling queries and token commits per event. The subscribing
     * groups (command-lookup, access-grants) stay on their own, in the command's transaction, and so does the
     * ledger: one sequential tracking processor whose order of seeing events is the order of the tree's
     * leaves (ADR 0012).
     */
    @Bean
    ConfigurerModule projectionsShareOneProcessor() {
        return configurer -> configurer.eventProcessing(processing -> processing.assignProcessingGroup(
                group -> OWN_PROCESSORS.contains(group) ? group : PROJECTIONS));
    }

    static final String PROJECTIONS = "projections";
    private static final java.util.Set<String> OWN_PROCESSORS = java.util.Set.of("command-lookup", "access-grants", "ledger");

    /** Revision 1 → 2 of SubjectRegisteredEvent; Axon's Spring support adds every upcaster bean to the store's chain. */
    @Bean
    SubjectRegisteredEventUpcaster subjectRegisteredEventUpcaster() {
        return new SubjectRegisteredEventUpcaster();
    }

    @Bean
    CorrelationDataProvider auditMetadataProvider() {
        return new SimpleCorrelationDataProvider(AuditMetadata.KEYS);
    }

    @Bean
    CorrelationDataProvider messageOriginProvider() {
        return new MessageOriginProvider();
    }
}
