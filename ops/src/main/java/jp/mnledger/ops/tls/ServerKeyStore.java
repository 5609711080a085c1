package jp.mnledger.ops.tls;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.util.IPAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The key and certificate the HTTPS connector serves. With {@code mnledger.tls.key-store} set: that PKCS#12
 * keystore, opened at start-up so that a wrong path or password stops the start with a clear message. Otherwise
 * the self-signed one in {@code <data-dir>/tls}: {@code server.p12} (0600) with its random password in
 * {@code server.p12.password} (0600), and the certificate as PEM in {@code server.crt} for clients to trust.
 * It is generated on first start and reused after, so clients that trust it keep working; it is replaced only
 * once it has expired.
 */
final class ServerKeyStore {

    static final String ALIAS = "mnledger";
    static final String DIRECTORY = "tls";
    static final String KEY_STORE_FILE = "server.p12";
    static final String PASSWORD_FILE = "server.p12.password";
    static final String CERTIFICATE_FILE = "server.crt";

    private static final Logger LOG = LoggerFactory.getLogger(ServerKeyStore.class);
    private static final Duration EXPIRY_WARNING = Duration.ofDays(30);
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> WORLD_READABLE = PosixFilePermissions.fromString("rw-r--r--");
    private static final Set<PosixFilePermission> OWNER_ONLY_DIRECTORY = PosixFilePermissions.fromString("rwx------");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path path;
    private final String password;
    private final String alias;
    private final X509Certificate certificate;

    private ServerKeyStore(Path path, String password, String alias, X509Certificate certificate) {
        this.path = path.toAbsolutePath();
        this.password = password;
        this.alias = alias;
        this.certificate = certificate;
    }

    /** The operator's keystore when configured, otherwise the generated one in {@code <dataDir>/tls}. */
    static ServerKeyStore resolve(TlsProperties tls, Path dataDir, Clock clock) {
        if (tls.operatorKeyStore()) {
            return operators(tls.keyStore(), tls.keyStorePassword() == null ? "" : tls.keyStorePassword(), clock);
        }
        return selfSigned(dataDir.resolve(DIRECTORY), tls.hosts(), clock);
    }

    private static ServerKeyStore operators(Path file, String password, Clock clock) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("TLS キーストアがありません / TLS keystore not found: " + file.toAbsolutePath()
                    + " (mnledger.tls.key-store; leave it blank to use a generated self-signed certificate)");
        }
        ServerKeyStore keyStore = open(file, password, null, "check mnledger.tls.key-store-password");
        LOG.info("HTTPS with the keystore {} (key \"{}\", subject {}), SHA-256 fingerprint {}, valid until {}",
                keyStore.path, keyStore.alias, keyStore.certificate.getSubjectX500Principal().getName(),
                keyStore.fingerprint(), keyStore.notAfter());
        keyStore.warnIfExpiring(clock.instant());
        return keyStore;
    }

    private static ServerKeyStore selfSigned(Path dir, List<String> extraHosts, Clock clock) {
        Path file = dir.resolve(KEY_STORE_FILE);
        Instant now = clock.instant();
        if (Files.exists(file)) {
            String remedy = "delete " + dir.toAbsolutePath() + " to generate a new self-signed certificate";
            ServerKeyStore existing = open(file, readPassword(dir.resolve(PASSWORD_FILE), remedy), ALIAS, remedy);
            if (existing.notAfter().isAfter(now)) {
                existing.exportCertificate(dir.resolve(CERTIFICATE_FILE));
                List<String> uncovered = extraHosts.stream().filter(host -> !existing.covers(host)).toList();
                if (!uncovered.isEmpty()) {
                    LOG.warn("The self-signed certificate in {} does not cover {} from mnledger.tls.hosts (it was generated "
                            + "before they were added); {} (clients must then trust the new {})",
                            dir.toAbsolutePath(), uncovered, remedy, CERTIFICATE_FILE);
                }
                LOG.info("HTTPS with the self-signed certificate in {} for {}, SHA-256 fingerprint {}, valid until {}",
                        existing.path, existing.names(), existing.fingerprint(), existing.notAfter());
                existing.warnIfExpiring(now);
                return existing;
            }
            LOG.warn("The self-signed certificate in {} expired on {}; generating a new one (clients must trust the new {})",
                    dir.toAbsolutePath(), existing.notAfter(), CERTIFICATE_FILE);
        }
        return generate(dir, hosts(extraHosts), now);
    }

    private static ServerKeyStore generate(Path dir, List<String> hosts, Instant now) {
        try {
            Files.createDirectories(dir);
            if (isPosix(dir)) {
                Files.setPosixFilePermissions(dir, OWNER_ONLY_DIRECTORY);
            }
            SelfSignedCertificate generated = SelfSignedCertificate.generate(hosts, now, RANDOM);
            byte[] secret = new byte[24];
            RANDOM.nextBytes(secret);
            String password = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
            KeyStore keyStore = KeyStore.getInstance("PKCS12");
            keyStore.load(null, null);
            keyStore.setKeyEntry(ALIAS, generated.keyPair().getPrivate(), password.toCharArray(),
                    new Certificate[] {generated.certificate()});
            ByteArrayOutputStream stored = new ByteArrayOutputStream();
            keyStore.store(stored, password.toCharArray());
            // The password first: a keystore on disk without its password could never be opened again.
            write(dir.resolve(PASSWORD_FILE), (password + "\n").getBytes(StandardCharsets.US_ASCII), OWNER_ONLY);
            write(dir.resolve(KEY_STORE_FILE), stored.toByteArray(), OWNER_ONLY);
            ServerKeyStore created = new ServerKeyStore(dir.resolve(KEY_STORE_FILE), password, ALIAS, generated.certificate());
            Path pem = created.exportCertificate(dir.resolve(CERTIFICATE_FILE));
            LOG.info("Generated a self-signed certificate for {} in {}, SHA-256 fingerprint {}, valid until {}. "
                            + "Clients trust it with e.g. curl --cacert {} https://localhost:<port>/actuator/health",
                    hosts, created.path, created.fingerprint(), created.notAfter(), pem);
            return created;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("自己署名証明書を保存できません / cannot store the self-signed certificate in "
                    + dir.toAbsolutePath() + ": " + e.getClass().getSimpleName(), e);
        }
    }

    /** The generated certificate always covers the local names, so it works out of the box on this machine. */
    static List<String> hosts(List<String> extraHosts) {
        Set<String> hosts = new LinkedHashSet<>(List.of("localhost", "127.0.0.1", "::1"));
        try {
            String hostName = InetAddress.getLocalHost().getHostName();
            if (hostName != null && !hostName.isBlank() && !IPAddress.isValid(hostName)) {
                hosts.add(hostName);
            }
        } catch (UnknownHostException e) {
            LOG.debug("The machine's host name does not resolve; the certificate leaves it out");
        }
        hosts.addAll(extraHosts);
        return List.copyOf(hosts);
    }

    private static ServerKeyStore open(Path file, String password, String wantedAlias, String remedy) {
        try {
            KeyStore keyStore = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(file)) {
                keyStore.load(in, password.toCharArray());
            } catch (IOException e) {
                throw new IllegalStateException("TLS キーストアを開けません / cannot open the TLS keystore " + file.toAbsolutePath()
                        + " (not PKCS#12, or a wrong password: " + e.getMessage() + "); " + remedy, e);
            }
            String alias = wantedAlias != null ? wantedAlias : firstKeyEntry(keyStore);
            if (alias == null || !keyStore.isKeyEntry(alias)
                    || !(keyStore.getCertificate(alias) instanceof X509Certificate certificate)) {
                throw new IllegalStateException("TLS キーストアに鍵と証明書がありません / the TLS keystore " + file.toAbsolutePath()
                        + " holds no private key with an X.509 certificate" + (wantedAlias == null ? "" : " under \"" + wantedAlias + "\""));
            }
            return new ServerKeyStore(file, password, alias, certificate);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("TLS キーストアを読めません / cannot read the TLS keystore " + file.toAbsolutePath()
                    + ": " + e.getClass().getSimpleName(), e);
        }
    }

    private static String firstKeyEntry(KeyStore keyStore) throws GeneralSecurityException {
        for (String alias : Collections.list(keyStore.aliases())) {
            if (keyStore.isKeyEntry(alias)) {
                return alias;
            }
        }
        return null;
    }

    private static String readPassword(Path file, String remedy) {
        try {
            return Files.readString(file, StandardCharsets.US_ASCII).trim();
        } catch (IOException e) {
            throw new IllegalStateException("TLS キーストアのパスワードファイルを読めません / cannot read the TLS keystore password file "
                    + file.toAbsolutePath() + " (" + e.getClass().getSimpleName() + "); " + remedy, e);
        }
    }

    /** Writes beside the target and renames, so a crash never leaves a half-written file under the real name. */
    private static void write(Path target, byte[] content, Set<PosixFilePermission> permissions) throws IOException {
        Path dir = target.getParent();
        Path temp = isPosix(dir)
                ? Files.createTempFile(dir, "." + target.getFileName(), ".tmp", PosixFilePermissions.asFileAttribute(OWNER_ONLY))
                : Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
        try {
            Files.write(temp, content);
            if (isPosix(dir)) {
                Files.setPosixFilePermissions(temp, permissions);
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static boolean isPosix(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    /** (Re)writes {@code server.crt} when it is missing or shows another certificate. */
    private Path exportCertificate(Path file) {
        try {
            StringWriter pem = new StringWriter();
            try (JcaPEMWriter writer = new JcaPEMWriter(pem)) {
                writer.writeObject(certificate);
            }
            if (!Files.exists(file) || !Files.readString(file, StandardCharsets.US_ASCII).equals(pem.toString())) {
                write(file, pem.toString().getBytes(StandardCharsets.US_ASCII), WORLD_READABLE);
            }
            return file.toAbsolutePath();
        } catch (IOException e) {
            throw new IllegalStateException("証明書を書き出せません / cannot write the certificate to " + file.toAbsolutePath()
                    + ": " + e.getClass().getSimpleName(), e);
        }
    }

    private void warnIfExpiring(Instant now) {
        if (!notAfter().isAfter(now)) {
            LOG.warn("The TLS certificate in {} expired on {}: clients will refuse the connection", path, notAfter());
        } else if (notAfter().isBefore(now.plus(EXPIRY_WARNING))) {
            LOG.warn("The TLS certificate in {} expires on {}", path, notAfter());
        }
    }

    /** Whether the certificate names {@code host}, as a DNS name or (for an address) as an IP address. */
    boolean covers(String host) {
        try {
            InetAddress address = IPAddress.isValid(host) ? InetAddress.getByName(host) : null;
            for (List<?> name : alternativeNames()) {
                Object type = name.get(0);
                String value = (String) name.get(1);
                if (address == null && type.equals(2) && value.equalsIgnoreCase(host)) {
                    return true;
                }
                if (address != null && type.equals(7) && InetAddress.getByName(value).equals(address)) {
                    return true;
                }
            }
            return false;
        } catch (UnknownHostException e) {
            // Only literal addresses reach getByName, and those never need a lookup.
            throw new IllegalStateException(e);
        }
    }

    /** The DNS names and IP addresses in the certificate's subjectAltName. */
    List<String> names() {
        List<String> names = new ArrayList<>();
        for (List<?> name : alternativeNames()) {
            if (name.get(0).equals(2) || name.get(0).equals(7)) {
                names.add((String) name.get(1));
            }
        }
        return names;
    }

    private Collection<List<?>> alternativeNames() {
        try {
            Collection<List<?>> names = certificate.getSubjectAlternativeNames();
            return names == null ? List.of() : names;
        } catch (CertificateParsingException e) {
            return List.of();
        }
    }

    /** As {@code openssl x509 -fingerprint -sha256} prints it, so it can be compared by eye. */
    String fingerprint() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
            return HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    Instant notAfter() {
        return certificate.getNotAfter().toInstant();
    }

    Path path() {
        return path;
    }

    String password() {
        return password;
    }

    String alias() {
        return alias;
    }

    X509Certificate certificate() {
        return certificate;
    }

    @Override
    public String toString() {
        return "ServerKeyStore[" + path + ", alias=" + alias + ", sha256=" + fingerprint() + "]";
    }
}
