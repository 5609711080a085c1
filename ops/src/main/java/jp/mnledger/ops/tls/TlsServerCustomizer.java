package jp.mnledger.ops.tls;

import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.server.Ssl;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.server.ConfigurableServletWebServerFactory;
import org.springframework.core.Ordered;

/**
 * Puts the embedded server on HTTPS, or — when {@code mnledger.tls.enabled=false} — leaves it on plain HTTP
 * and says so. Runs after Spring Boot's own customizers, so {@code mnledger.tls.*} decides even if
 * {@code server.ssl.*} is also set. Without {@code server.port} the HTTPS port is 8443 (plain HTTP keeps
 * Spring Boot's 8080), so that an {@code http://} URL from an old script fails on the port, not on a
 * confusing TLS error.
 */
class TlsServerCustomizer implements WebServerFactoryCustomizer<ConfigurableServletWebServerFactory>, Ordered {

    static final int DEFAULT_HTTPS_PORT = 8443;

    private static final Logger LOG = LoggerFactory.getLogger(TlsServerCustomizer.class);

    private final boolean enabled;
    private final Integer configuredPort;
    private final Supplier<ServerKeyStore> keyStore;

    /**
     * @param configuredPort {@code server.port}, or null when it is not set
     * @param keyStore       called only when TLS is on, so that a plain-HTTP server generates no certificate
     */
    TlsServerCustomizer(boolean enabled, Integer configuredPort, Supplier<ServerKeyStore> keyStore) {
        this.enabled = enabled;
        this.configuredPort = configuredPort;
        this.keyStore = keyStore;
    }

    @Override
    public void customize(ConfigurableServletWebServerFactory factory) {
        if (!enabled) {
            LOG.warn("TLS is off (mnledger.tls.enabled=false): this server speaks plain HTTP. Run it only behind a "
                    + "reverse proxy that terminates TLS, and let nothing but that proxy reach this port.");
            return;
        }
        ServerKeyStore store = keyStore.get();
        Ssl ssl = new Ssl();
        ssl.setEnabled(true);
        ssl.setKeyStore(store.path().toUri().toString());
        ssl.setKeyStoreType("PKCS12");
        ssl.setKeyStorePassword(store.password());
        ssl.setKeyAlias(store.alias());
        ssl.setEnabledProtocols(new String[] {"TLSv1.3", "TLSv1.2"});
        factory.setSsl(ssl);
        if (configuredPort == null) {
            factory.setPort(DEFAULT_HTTPS_PORT);
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
