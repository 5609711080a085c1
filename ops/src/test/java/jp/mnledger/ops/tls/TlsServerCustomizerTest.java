package jp.mnledger.ops.tls;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.Ssl;

@ExtendWith(OutputCaptureExtension.class)
class TlsServerCustomizerTest {

    @TempDir
    Path dataDir;

    private Supplier<ServerKeyStore> generated() {
        return () -> ServerKeyStore.resolve(new TlsProperties(true, null, null, List.of()), dataDir, Clock.systemUTC());
    }

    @Test
    void withTlsOnTheServerGetsTheKeyStoreAndHttpsPort8443WhenNoPortIsSet() {
        TomcatServletWebServerFactory factory = new TomcatServletWebServerFactory();

        new TlsServerCustomizer(true, null, generated()).customize(factory);

        Ssl ssl = factory.getSsl();
        assertThat(ssl.isEnabled()).isTrue();
        assertThat(ssl.getKeyStore()).isEqualTo(dataDir.resolve("tls/server.p12").toAbsolutePath().toUri().toString());
        assertThat(ssl.getKeyStoreType()).isEqualTo("PKCS12");
        assertThat(ssl.getKeyAlias()).isEqualTo("mnledger");
        assertThat(ssl.getKeyStorePassword()).isNotBlank();
        assertThat(ssl.getEnabledProtocols()).containsExactly("TLSv1.3", "TLSv1.2");
        assertThat(factory.getPort()).isEqualTo(8443);
    }

    @Test
    void withTlsOnAConfiguredPortIsKept() {
        TomcatServletWebServerFactory factory = new TomcatServletWebServerFactory();
        factory.setPort(9443);

        new TlsServerCustomizer(true, 9443, generated()).customize(factory);

        assertThat(factory.getPort()).isEqualTo(9443);
        assertThat(factory.getSsl().isEnabled()).isTrue();
    }

    @Test
    void withTlsOffTheServerStaysOnPlainHttpGeneratesNothingAndWarns(CapturedOutput output) {
        TomcatServletWebServerFactory factory = new TomcatServletWebServerFactory();

        new TlsServerCustomizer(false, null, () -> {
            throw new AssertionError("no certificate for a plain-HTTP server");
        }).customize(factory);

        assertThat(factory.getSsl()).isNull();
        assertThat(factory.getPort()).isEqualTo(8080);
        assertThat(output).contains("WARN").contains("TLS is off (mnledger.tls.enabled=false)");
        assertThat(dataDir.resolve("tls")).doesNotExist();
    }
}
