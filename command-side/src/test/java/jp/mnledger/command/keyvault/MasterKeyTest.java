package jp.mnledger.command.keyvault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MasterKeyTest {

    @TempDir
    Path dir;

    @Test
    void isGeneratedOnFirstStartReadableByTheOwnerOnly() throws Exception {
        Path file = dir.resolve("keys/master.key");
        MasterKey.loadOrGenerate(file, true);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent()))).isEqualTo("rwx------");
    }

    @Test
    void isTheSameKeyAfterARestart() {
        Path file = dir.resolve("master.key");
        MasterKey first = MasterKey.loadOrGenerate(file, true);
        MasterKey again = MasterKey.loadOrGenerate(file, false);
        assertThat(again.keyId()).isEqualTo(first.keyId());
        byte[] tenantKey = AesGcm.randomKeyBytes();
        assertThat(again.unwrap(first.wrap(tenantKey)).getEncoded()).isEqualTo(tenantKey);
    }

    @Test
    void isNotGeneratedWhenGenerationIsOff() {
        assertThatThrownBy(() -> MasterKey.loadOrGenerate(dir.resolve("absent.key"), false))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("master key file not found");
    }

    @Test
    void aDamagedFileIsRefused() throws Exception {
        Path file = dir.resolve("master.key");
        Files.writeString(file, "mnledger-master-key v1 AAAA\n");
        assertThatThrownBy(() -> MasterKey.loadOrGenerate(file, true))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not in the expected format");
    }

    @Test
    void toStringShowsOnlyTheKeyId() {
        MasterKey key = MasterKey.loadOrGenerate(dir.resolve("master.key"), true);
        assertThat(key.toString()).isEqualTo("MasterKey[" + key.keyId() + "]");
    }

    @Test
    void aWrongWrappingKeyIsDetected() {
        MasterKey one = MasterKey.loadOrGenerate(dir.resolve("one.key"), true);
        MasterKey two = MasterKey.loadOrGenerate(dir.resolve("two.key"), true);
        byte[] wrapped = one.wrap(AesGcm.randomKeyBytes());
        assertThatThrownBy(() -> two.unwrap(wrapped)).isInstanceOf(IllegalStateException.class);
    }
}
