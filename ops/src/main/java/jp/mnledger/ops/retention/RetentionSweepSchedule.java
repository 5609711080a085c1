package jp.mnledger.ops.retention;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;

/** Runs the sweep {@code mnledger.retention.sweep-initial-delay} after start, then every {@code sweep-interval}. */
@Configuration(proxyBeanMethods = false)
class RetentionSweepSchedule {

    @Bean
    SchedulingConfigurer retentionSweepTask(RetentionSweep sweep,
                                                @Value("${mnledger.retention.sweep-interval:PT1H}") Duration interval,
                                                @Value("${mnledger.retention.sweep-initial-delay:PT1M}") Duration initialDelay) {
        return registrar -> registrar.addFixedDelayTask(new FixedDelayTask(sweep::sweepAll, interval, initialDelay));
    }
}
