package jp.mnledger.command.incident;

import org.axonframework.config.ConfigurerModule;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers the BreachReport aggregate and binds {@code mnledger.breach.*}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(BreachProperties.class)
class BreachConfiguration {

    @Bean
    ConfigurerModule breachReportAggregate() {
        return configurer -> configurer.configureAggregate(BreachReport.class);
    }
}
