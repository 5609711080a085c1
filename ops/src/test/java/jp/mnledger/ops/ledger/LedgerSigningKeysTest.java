package jp.mnledger.ops.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tree-head signing keys: files of their own, owner-only, rotatable; ids derived from the keys. */
class LedgerSigningKeysTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void theFirstKeyIsGeneratedOnceOwnerOnlyAndThenReused() throws Exception {
        Path keys = dir.resolve("keys/ledger-signing");
        LedgerSigningKeys.SigningKey first = LedgerSigningKeys.current(keys, CLOCK);
        assertThat(first.keyId()).matches("ed25519-[0-9a-f]{16}").isEqualTo(Ed25519.keyId(first.publicKey()));
        Path file = keys.resolve(first.keyId() + ".key");
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.getPosixFilePermissions(keys)).isEqualTo(PosixFilePermissions.fromString("rwx------"));
        assertThat(LedgerSigningKeys.current(keys, CLOCK).keyId()).isEqualTo(first.keyId());
        assertThat(first.toString()).doesNotContain(java.util.Base64.getEncoder().encodeToString(first.privateKey()));
    }

    @Test
    void itsSignaturesVerifyUnderItsPublicKeyOnly() {
        LedgerSigningKeys.SigningKey key = LedgerSigningKeys.current(dir, CLOCK);
        byte[] message = "mnledger".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] signature = key.sign(message);
        assertThat(Ed25519.verify(key.publicKey(), message, signature)).isTrue();
        assertThat(Ed25519.verify(key.publicKey(), "mnledgeR".getBytes(java.nio.charset.StandardCharsets.US_ASCII), signature))
                .isFalse();
        assertThat(Ed25519.verify(Ed25519.publicKey(Ed25519.generatePrivateKey()), message, signature)).isFalse();
        assertThat(Ed25519.verify(key.publicKey(), message, new byte[63])).isFalse();
    }

    @Test
    void rotationMakesANewCurrentKeyAndDestroysTheOldPrivateKey() {
        LedgerSigningKeys.SigningKey old = LedgerSigningKeys.current(dir, CLOCK);
        LedgerSigningKeys.SigningKey fresh = LedgerSigningKeys.rotate(dir, CLOCK);
        assertThat(fresh.keyId()).isNotEqualTo(old.keyId());
        assertThat(fresh.createdAt()).isAfter(old.createdAt());
        assertThat(LedgerSigningKeys.current(dir, CLOCK).keyId()).isEqualTo(fresh.keyId());
        assertThat(LedgerSigningKeys.load(dir)).extracting(LedgerSigningKeys.SigningKey::keyId).containsExactly(fresh.keyId());
        assertThat(dir.resolve(old.keyId() + ".key")).doesNotExist();
    }

    @Test
    void aKeyFileWhoseIdDoesNotMatchItsKeyIsRefused() throws Exception {
        LedgerSigningKeys.SigningKey key = LedgerSigningKeys.current(dir, CLOCK);
        Path file = dir.resolve(key.keyId() + ".key");
        Files.writeString(file, Files.readString(file).replace(key.keyId(), "ed25519-0000000000000000"));
        assertThatThrownBy(() -> LedgerSigningKeys.load(dir)).hasMessageContaining("not a ledger signing key file");
    }

    @Test
    void theSubjectPublicKeyInfoIsTheRfc8410Form() throws Exception {
        LedgerSigningKeys.SigningKey key = LedgerSigningKeys.current(dir, CLOCK);
        java.security.PublicKey jdk = java.security.KeyFactory.getInstance("Ed25519")
                .generatePublic(new java.security.spec.X509EncodedKeySpec(Ed25519.subjectPublicKeyInfo(key.publicKey())));
        assertThat(jdk.getAlgorithm()).isIn("Ed25519", "EdDSA");
        assertThat(List.of(jdk.getEncoded().length)).containsExactly(44);
    }
}
