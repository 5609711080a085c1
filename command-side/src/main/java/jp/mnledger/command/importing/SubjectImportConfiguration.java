package jp.mnledger.command.importing;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds {@code mnledger.import.*}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SubjectImportProperties.class)
class SubjectImportConfiguration {
}
