package jp.mnledger.command.invitation;

import org.axonframework.config.ConfigurerModule;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers the Invitation aggregate with Axon explicitly (the aggregate carries no Spring annotation). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(InvitationProperties.class)
class InvitationConfiguration {

    @Bean
    ConfigurerModule invitationAggregate() {
        return configurer -> configurer.configureAggregate(Invitation.class);
    }
}
