package jp.mnledger.ops.tls;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** The settings as application.yml and the environment give them. */
class TlsPropertiesTest {

    private static TlsProperties bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("mnledger.tls", TlsProperties.class);
    }

    @Test
    void withNothingSetTlsIsOnWithTheGeneratedKeyStore() {
        TlsProperties tls = bind(Map.of());

        assertThat(tls.enabled()).isTrue();
        assertThat(tls.operatorKeyStore()).isFalse();
        assertThat(tls.hosts()).isEmpty();
    }

    @Test
    void blankPlaceholdersMeanTheGeneratedKeyStoreAndNoExtraHosts() {
        TlsProperties tls = bind(Map.of("mnledger.tls.enabled", "true", "mnledger.tls.key-store", "",
                "mnledger.tls.key-store-password", "", "mnledger.tls.hosts", ""));

        assertThat(tls.operatorKeyStore()).isFalse();
        assertThat(tls.hosts()).isEmpty();
    }

    @Test
    void anEnvironmentListOfHostsAndAKeyStoreBind() {
        TlsProperties tls = bind(Map.of("mnledger.tls.enabled", "false",
                "mnledger.tls.key-store", "/etc/mnledger/server.p12",
                "mnledger.tls.hosts", "ledger.example.internal, 192.0.2.10"));

        assertThat(tls.enabled()).isFalse();
        assertThat(tls.operatorKeyStore()).isTrue();
        assertThat(tls.keyStore()).isEqualTo(Path.of("/etc/mnledger/server.p12"));
        assertThat(tls.hosts()).containsExactly("ledger.example.internal", "192.0.2.10");
    }
}
