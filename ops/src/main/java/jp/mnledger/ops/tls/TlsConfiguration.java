package jp.mnledger.ops.tls;

import java.time.Clock;
import jp.mnledger.ops.MnLedgerProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * HTTPS for the embedded servlet server (see {@link TlsServerCustomizer}) and HSTS on its secure responses.
 * Servlet applications only: a server started without the web layer (the benchmarks) needs no certificate.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class TlsConfiguration {

    @Bean
    TlsServerCustomizer tlsServerCustomizer(TlsProperties tls, MnLedgerProperties properties, ServerProperties server,
                                            Clock clock) {
        return new TlsServerCustomizer(tls.enabled(), server.getPort(),
                () -> ServerKeyStore.resolve(tls, properties.dataDir(), clock));
    }

    @Bean
    FilterRegistrationBean<HstsFilter> hstsFilter() {
        FilterRegistrationBean<HstsFilter> registration = new FilterRegistrationBean<>(new HstsFilter());
        registration.setName("hstsFilter");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }
}
