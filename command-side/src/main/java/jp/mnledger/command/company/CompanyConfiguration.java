package jp.mnledger.command.company;

import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers the Company aggregate with Axon explicitly, so the aggregate itself carries no Spring annotation. */
@Configuration(proxyBeanMethods = false)
class CompanyConfiguration {

    @Bean
    ConfigurerModule companyAggregate() {
        return configurer -> configurer.configureAggregate(Company.class);
    }
}
