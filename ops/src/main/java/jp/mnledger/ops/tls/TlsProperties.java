package jp.mnledger.ops.tls;

import java.nio.file.Path;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code mnledger.tls.*}: how the server speaks HTTPS.
 *
 * @param enabled          HTTPS on the server's port (env {@code MNLEDGER_TLS_ENABLED}, default true); false =
 *                         plain HTTP, only for a server behind a proxy that terminates TLS
 * @param keyStore         the operator's PKCS#12 keystore (env {@code MNLEDGER_TLS_KEY_STORE}); blank = the
 *                         self-signed one generated in {@code <data-dir>/tls/server.p12}
 * @param keyStorePassword the password of the operator's keystore and of its key (env
 *                         {@code MNLEDGER_TLS_KEY_STORE_PASSWORD}); unused for the generated one
 * @param hosts            names and IP addresses the generated certificate covers besides {@code localhost},
 *                         {@code 127.0.0.1}, {@code ::1} and the machine's host name (env
 *                         {@code MNLEDGER_TLS_HOSTS}, comma-separated)
 */
@ConfigurationProperties(prefix = "mnledger.tls")
public record TlsProperties(@DefaultValue("true") boolean enabled, Path keyStore, String keyStorePassword,
                            List<String> hosts) {

    public TlsProperties {
        hosts = hosts == null ? List.of() : hosts.stream().map(String::trim).filter(h -> !h.isEmpty()).toList();
    }

    /** Whether the operator supplied a keystore (a blank setting binds to an empty path). */
    public boolean operatorKeyStore() {
        return keyStore != null && !keyStore.toString().isBlank();
    }

    @Override
    public String toString() {
        return "TlsProperties[enabled=" + enabled + ", keyStore=" + keyStore + ", hosts=" + hosts + "]";
    }
}
