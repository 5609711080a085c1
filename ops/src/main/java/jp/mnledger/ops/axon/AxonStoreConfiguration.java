package jp.mnledger.ops.axon;

import jp.mnledger.kernel.audit.AuditMetadata;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.modelling.saga.repository.jdbc.PostgresSagaSqlSchema;
import org.axonframework.modelling.saga.repository.jdbc.SagaSchema;
import org.axonframework.modelling.saga.repository.jdbc.SagaSqlSchema;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Points Axon's JDBC event store, token store, saga store and dead-letter queue at the tables Flyway
 * created in schema {@code axon}, and copies the audit metadata of each command onto every event it
 * causes.
 */
@Configuration(proxyBeanMethods = false)
class AxonStoreConfiguration {

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
    jp.mnledger.ops.axon.SubjectRegisteredEventUpcaster subjectRegisteredEventUpcaster() {
        return new jp.mnledger.ops.axon.SubjectRegisteredEventUpcaster();
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
