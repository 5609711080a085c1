package jp.mnledger.command.subject;

import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers the Subject aggregate with Axon explicitly, so the aggregate itself carries no Spring annotation. */
@Configuration(proxyBeanMethods = false)
class SubjectConfiguration {

    @Bean
    ConfigurerModule subjectAggregate() {
        return configurer -> configurer.configureAggregate(Subject.class);
    }
}
