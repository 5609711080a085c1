package jp.mnledger.ops.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The self-signed certificate's files, its content, its reuse, and the operator's own keystore. */
class ServerKeyStoreTest {

    private static final Instant NOW = Instant.parse("2026-04-01T09:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    @TempDir
    Path dataDir;

    private static TlsProperties generated(String... hosts) {
        return new TlsProperties(true, null, null, List.of(hosts));
    }

    private Path tls(String file) {
        return dataDir.resolve("tls").resolve(file);
    }

    @Test
    void firstStartWritesTheKeyStoreAndItsPasswordReadableOnlyByTheOwner() throws Exception {
        ServerKeyStore keyStore = ServerKeyStore.resolve(generated(), dataDir, CLOCK);

        assertThat(keyStore.path()).isEqualTo(tls("server.p12").toAbsolutePath());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir.resolve("tls")))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(tls("server.p12")))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(tls("server.p12.password")))).isEqualTo("rw-------");
        assertThat(Files.readString(tls("server.p12.password")).trim()).isEqualTo(keyStore.password()).hasSizeGreaterThanOrEqualTo(32);
        try (Stream<Path> files = Files.list(dataDir.resolve("tls"))) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("server.p12", "server.p12.password", "server.crt");
        }
    }

    @Test
    void theKeyStoreOpensWithThePasswordFileAndHoldsTheKeyUnderItsAlias() throws Exception {
        ServerKeyStore.resolve(generated(), dataDir, CLOCK);

        KeyStore keyStore = KeyStore.getInstance("PKCS12");
        char[] password = Files.readString(tls("server.p12.password")).trim().toCharArray();
        try (InputStream in = Files.newInputStream(tls("server.p12"))) {
            keyStore.load(in, password);
        }
        assertThat(keyStore.isKeyEntry(ServerKeyStore.ALIAS)).isTrue();
        assertThat(keyStore.getKey(ServerKeyStore.ALIAS, password).getAlgorithm()).isEqualTo("EC");
    }

    @Test
    void theCertificateIsSelfSignedP256ForTheLocalNamesAndTheConfiguredHostsFor825Days() throws Exception {
        ServerKeyStore keyStore = ServerKeyStore.resolve(generated("ledger.example.internal", "192.0.2.10"), dataDir, CLOCK);
        X509Certificate certificate = keyStore.certificate();

        certificate.verify(certificate.getPublicKey());
        assertThat(certificate.getSubjectX500Principal().getName()).isEqualTo("CN=mnledger self-signed");
        assertThat(certificate.getIssuerX500Principal()).isEqualTo(certificate.getSubjectX500Principal());
        assertThat(((ECPublicKey) certificate.getPublicKey()).getParams().getCurve().getField().getFieldSize()).isEqualTo(256);
        assertThat(certificate.getSigAlgName()).isEqualTo("SHA256withECDSA");
        assertThat(certificate.getBasicConstraints()).isEqualTo(-1);
        assertThat(certificate.getExtendedKeyUsage()).containsExactly("1.3.6.1.5.5.7.3.1");
        assertThat(keyStore.names()).contains("localhost", "127.0.0.1", "0:0:0:0:0:0:0:1",
                "ledger.example.internal", "192.0.2.10");
        assertThat(keyStore.names()).containsAll(ServerKeyStore.hosts(List.of()).stream()
                .map(host -> host.equals("::1") ? "0:0:0:0:0:0:0:1" : host).toList());
        assertThat(keyStore.covers("::1")).isTrue();
        assertThat(keyStore.covers("LEDGER.example.internal")).isTrue();
        assertThat(keyStore.covers("other.example.internal")).isFalse();
        assertThat(certificate.getNotBefore().toInstant()).isEqualTo(NOW);
        assertThat(Duration.between(certificate.getNotBefore().toInstant(), certificate.getNotAfter().toInstant()))
                .isEqualTo(Duration.ofDays(825));
    }

    @Test
    void theExportedPemIsTheServedCertificateAndReadableByClients() throws Exception {
        ServerKeyStore keyStore = ServerKeyStore.resolve(generated(), dataDir, CLOCK);

        assertThat(Files.readString(tls("server.crt"))).startsWith("-----BEGIN CERTIFICATE-----");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(tls("server.crt")))).isEqualTo("rw-r--r--");
        assertThat(readPem(tls("server.crt"))).isEqualTo(keyStore.certificate());
    }

    @Test
    void aLaterStartReusesTheSameCertificateAndPassword() throws Exception {
        ServerKeyStore first = ServerKeyStore.resolve(generated(), dataDir, CLOCK);
        byte[] storedBefore = Files.readAllBytes(tls("server.p12"));

        ServerKeyStore second = ServerKeyStore.resolve(generated(), dataDir,
                Clock.offset(CLOCK, Duration.ofDays(300)));

        assertThat(second.fingerprint()).isEqualTo(first.fingerprint());
        assertThat(second.password()).isEqualTo(first.password());
        assertThat(Files.readAllBytes(tls("server.p12"))).isEqualTo(storedBefore);
    }

    @Test
    void aDeletedPemIsWrittenAgainFromTheKeyStore() throws Exception {
        ServerKeyStore first = ServerKeyStore.resolve(generated(), dataDir, CLOCK);
        Files.delete(tls("server.crt"));

        ServerKeyStore.resolve(generated(), dataDir, CLOCK);

        assertThat(readPem(tls("server.crt"))).isEqualTo(first.certificate());
    }

    @Test
    void anExpiredCertificateIsReplacedByANewOne() {
        ServerKeyStore first = ServerKeyStore.resolve(generated(), dataDir, CLOCK);

        ServerKeyStore renewed = ServerKeyStore.resolve(generated(), dataDir, Clock.offset(CLOCK, Duration.ofDays(826)));

        assertThat(renewed.fingerprint()).isNotEqualTo(first.fingerprint());
        assertThat(renewed.notAfter()).isEqualTo(NOW.plus(Duration.ofDays(826 + 825)));
    }

    @Test
    void aMissingPasswordFileStopsTheStartAndSaysHowToRecover() throws Exception {
        ServerKeyStore.resolve(generated(), dataDir, CLOCK);
        Files.delete(tls("server.p12.password"));

        assertThatThrownBy(() -> ServerKeyStore.resolve(generated(), dataDir, CLOCK))
                .hasMessageContaining("server.p12.password")
                .hasMessageContaining("delete " + dataDir.resolve("tls").toAbsolutePath());
    }

    @Test
    void anOperatorKeyStoreIsServedAsItIsAndNothingIsGenerated() throws Exception {
        Path operators = writeOperatorKeyStore("s3cret-Pa55", "www.example.jp");

        ServerKeyStore keyStore = ServerKeyStore.resolve(
                new TlsProperties(true, operators, "s3cret-Pa55", List.of()), dataDir, CLOCK);

        assertThat(keyStore.path()).isEqualTo(operators.toAbsolutePath());
        assertThat(keyStore.alias()).isEqualTo("operator-key");
        assertThat(keyStore.password()).isEqualTo("s3cret-Pa55");
        assertThat(keyStore.names()).containsExactly("www.example.jp");
        assertThat(dataDir.resolve("tls")).doesNotExist();
    }

    @Test
    void aMissingOperatorKeyStoreStopsTheStart() {
        Path missing = dataDir.resolve("no-such.p12");

        assertThatThrownBy(() -> ServerKeyStore.resolve(new TlsProperties(true, missing, "x", List.of()), dataDir, CLOCK))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("TLS keystore not found: " + missing.toAbsolutePath());
    }

    @Test
    void aWrongOperatorPasswordStopsTheStartWithoutEchoingAPassword() throws Exception {
        Path operators = writeOperatorKeyStore("s3cret-Pa55", "www.example.jp");

        assertThatThrownBy(() -> ServerKeyStore.resolve(
                        new TlsProperties(true, operators, "wrong-Pa55", List.of()), dataDir, CLOCK))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("cannot open the TLS keystore " + operators.toAbsolutePath())
                .hasMessageContaining("mnledger.tls.key-store-password")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("wrong-Pa55").doesNotContain("s3cret-Pa55"));
    }

    @Test
    void theSettingsNeverPrintThePassword() {
        assertThat(new TlsProperties(true, Path.of("a.p12"), "s3cret-Pa55", null).toString()).doesNotContain("s3cret");
    }

    private Path writeOperatorKeyStore(String password, String host) throws Exception {
        SelfSignedCertificate certificate = SelfSignedCertificate.generate(List.of(host), NOW, new SecureRandom());
        KeyStore keyStore = KeyStore.getInstance("PKCS12");
        keyStore.load(null, null);
        keyStore.setKeyEntry("operator-key", certificate.keyPair().getPrivate(), password.toCharArray(),
                new Certificate[] {certificate.certificate()});
        Path file = dataDir.resolve("operator.p12");
        try (OutputStream out = Files.newOutputStream(file)) {
            keyStore.store(out, password.toCharArray());
        }
        return file;
    }

    private static X509Certificate readPem(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        }
    }
}
