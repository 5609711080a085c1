package jp.mnledger.command.identity;

import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers the Office and UserAccount aggregates explicitly, so the aggregates carry no Spring annotation. */
@Configuration(proxyBeanMethods = false)
class IdentityAggregatesConfiguration {

    @Bean
    ConfigurerModule identityAggregates() {
        return configurer -> configurer.configureAggregate(Office.class).configureAggregate(UserAccount.class);
    }
}
