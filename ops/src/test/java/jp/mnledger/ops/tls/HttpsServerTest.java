package jp.mnledger.ops.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLSession;
import javax.net.ssl.TrustManagerFactory;
import jp.mnledger.ops.MnLedgerServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** The real server over the wire: HTTPS with the generated certificate by default, plain HTTP only when switched off. */
@ExtendWith(OutputCaptureExtension.class)
class HttpsServerTest {

    private static final String HSTS = "Strict-Transport-Security";
    private static final String TLS_OFF_WARNING = "TLS is off (mnledger.tls.enabled=false)";

    @TempDir
    Path dataDir;

    /** Properties as command-line arguments: they outrank application.yml, as an operator's settings do. */
    private static ConfigurableApplicationContext start(String... properties) {
        String[] args = new String[properties.length + 1];
        args[0] = "--server.port=0";
        for (int i = 0; i < properties.length; i++) {
            args[i + 1] = "--" + properties[i];
        }
        return new SpringApplicationBuilder(MnLedgerServer.class).run(args);
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    private static HttpResponse<String> get(HttpClient client, String url) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A client that trusts the server's exported certificate and nothing else, as {@code curl --cacert} does. */
    private static HttpClient trustingOnly(Path pem) throws Exception {
        KeyStore trusted = KeyStore.getInstance("PKCS12");
        trusted.load(null, null);
        try (InputStream in = Files.newInputStream(pem)) {
            trusted.setCertificateEntry("mnledger", CertificateFactory.getInstance("X.509").generateCertificate(in));
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        SSLContext ssl = SSLContext.getInstance("TLS");
        ssl.init(null, trust.getTrustManagers(), null);
        return HttpClient.newBuilder().sslContext(ssl).build();
    }

    @Test
    void byDefaultTheServerSpeaksHttpsWithTheGeneratedCertificateAndSendsHsts(CapturedOutput output) throws Exception {
        try (ConfigurableApplicationContext context = start("mnledger.data-dir=" + dataDir)) {
            String health = "localhost:" + port(context) + "/actuator/health";

            HttpResponse<String> response = get(trustingOnly(dataDir.resolve("tls/server.crt")), "https://" + health);

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).contains("UP");
            assertThat(response.headers().firstValue(HSTS)).contains("max-age=31536000");
            assertThat(response.sslSession()).map(SSLSession::getProtocol).contains("TLSv1.3");
            assertThat(output).contains("Generated a self-signed certificate").doesNotContain(TLS_OFF_WARNING);
        }
    }

    @Test
    void byDefaultThereIsNoPlainHttpAndNoTrustWithoutTheCertificate() throws Exception {
        try (ConfigurableApplicationContext context = start("mnledger.data-dir=" + dataDir)) {
            String health = "localhost:" + port(context) + "/actuator/health";

            assertThatThrownBy(() -> get(HttpClient.newHttpClient(), "https://" + health))
                    .isInstanceOf(SSLHandshakeException.class);
            HttpResponse<String> plain = get(HttpClient.newHttpClient(), "http://" + health);
            assertThat(plain.statusCode()).isEqualTo(400);
            assertThat(plain.body()).doesNotContain("UP");
        }
    }

    @Test
    void withTlsSwitchedOffTheServerSpeaksPlainHttpWithoutHstsAndWarnsOnce(CapturedOutput output) throws Exception {
        try (ConfigurableApplicationContext context = start("mnledger.data-dir=" + dataDir, "mnledger.tls.enabled=false")) {
            HttpResponse<String> response = get(HttpClient.newHttpClient(),
                    "http://localhost:" + port(context) + "/actuator/health");

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue(HSTS)).isEmpty();
            assertThat(output.getOut().split(Pattern.quote(TLS_OFF_WARNING), -1)).hasSize(2);
            assertThat(dataDir.resolve("tls")).doesNotExist();
        }
    }
}
