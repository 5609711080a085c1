package jp.mnledger.ops.ledger;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The ledger processor's Axon settings beyond application.yml (mode tracking, one segment, one thread): a
 * handler failure rolls back the batch and the processor retries it, instead of Axon's default of logging
 * the failure and moving on — which would leave an event out of the tree.
 */
@Configuration(proxyBeanMethods = false)
class LedgerConfiguration {

    @Bean
    ConfigurerModule ledgerProcessorNeverSkipsAnEvent() {
        return configurer -> configurer.eventProcessing(processing -> processing.registerListenerInvocationErrorHandler(
                LedgerProcessor.PROCESSING_GROUP, c -> PropagatingErrorHandler.instance()));
    }
}
