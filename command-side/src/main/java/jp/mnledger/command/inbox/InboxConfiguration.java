package jp.mnledger.command.inbox;

import java.time.Clock;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;

/** Wires the inbox on the configured database and schedules its sweep. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(InboxProperties.class)
@EnableScheduling
class InboxConfiguration {

    @Bean
    JdbcIdDocumentInbox idDocumentInbox(JdbcTemplate jdbc, InboxProperties properties, ObjectProvider<Clock> clock) {
        return new JdbcIdDocumentInbox(jdbc, clock.getIfAvailable(Clock::systemUTC), properties.maxImageBytes().toBytes());
    }

    @Bean
    IdDocumentInboxSweep idDocumentInboxSweep(JdbcIdDocumentInbox inbox, CommandGateway commands,
                                              InboxProperties properties, ObjectProvider<Clock> clock) {
        return new IdDocumentInboxSweep(inbox, commands, clock.getIfAvailable(Clock::systemUTC), properties);
    }

    /** The first sweep one interval after start, so a starting server is not slowed by it. */
    @Bean
    SchedulingConfigurer idDocumentInboxSweepSchedule(IdDocumentInboxSweep sweep, InboxProperties properties) {
        return registrar -> registrar.addFixedDelayTask(
                new FixedDelayTask(sweep::sweep, properties.sweepInterval(), properties.sweepInterval()));
    }
}
