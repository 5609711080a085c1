package jp.mnledger.ops.tls;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.util.IPAddress;

/**
 * An ECDSA P-256 key and a self-signed server certificate for it, made with the JDK's providers and
 * Bouncy Castle's certificate builder (Bouncy Castle is not registered as a JCA provider).
 *
 * <p>No keyUsage extension on purpose: OpenSSL 1.1 only treats a certificate as self-signed (and so as
 * its own trust anchor for {@code curl --cacert}) when keyUsage is absent or allows certificate signing,
 * and keyCertSign on a certificate that is not a CA would contradict RFC 5280.
 */
record SelfSignedCertificate(KeyPair keyPair, X509Certificate certificate) {

    static final String SUBJECT = "CN=mnledger self-signed";
    static final Duration VALIDITY = Duration.ofDays(825);

    /** Valid from {@code now} for {@link #VALIDITY} (825 days: the longest that Apple's clients accept). */
    static SelfSignedCertificate generate(Collection<String> hosts, Instant now, SecureRandom random) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"), random);
            KeyPair keyPair = generator.generateKeyPair();
            X500Name subject = new X500Name(SUBJECT);
            BigInteger serial = new BigInteger(127, random).setBit(126);
            Instant notBefore = now.truncatedTo(ChronoUnit.SECONDS);
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject, serial,
                    Date.from(notBefore), Date.from(notBefore.plus(VALIDITY)), subject, keyPair.getPublic());
            JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                    .addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth))
                    .addExtension(Extension.subjectAlternativeName, false, alternativeNames(hosts))
                    .addExtension(Extension.subjectKeyIdentifier, false,
                            extensions.createSubjectKeyIdentifier(keyPair.getPublic()))
                    .addExtension(Extension.authorityKeyIdentifier, false,
                            extensions.createAuthorityKeyIdentifier(keyPair.getPublic()));
            ContentSigner signer = new JcaContentSignerBuilder("SHA256withECDSA")
                    .setSecureRandom(random).build(keyPair.getPrivate());
            X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(builder.build(signer));
            return new SelfSignedCertificate(keyPair, certificate);
        } catch (GeneralSecurityException | OperatorCreationException | CertIOException e) {
            throw new IllegalStateException("自己署名証明書を作成できません / cannot create the self-signed certificate", e);
        }
    }

    private static GeneralNames alternativeNames(Collection<String> hosts) {
        return new GeneralNames(hosts.stream()
                .map(host -> IPAddress.isValid(host)
                        ? new GeneralName(GeneralName.iPAddress, host)
                        : new GeneralName(GeneralName.dNSName, host))
                .toArray(GeneralName[]::new));
    }
}
