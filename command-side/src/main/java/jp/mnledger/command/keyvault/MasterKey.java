package jp.mnledger.command.keyvault;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.bouncycastle.crypto.digests.SHA256Digest;

/**
 * The master key-encryption key, read from a key file that lives apart from the database (and from its
 * backups). Format: comment lines starting with {@code #}, then one line
 * {@code mnledger-master-key v1 <base64 of 32 bytes>}. The key id is derived from the key bytes, so the
 * vault can tell at start-up whether the key file matches the keys it wrapped.
 */
final class MasterKey {

    private static final String HEADER = "mnledger-master-key v1 ";

    private final byte[] key;
    private final String keyId;

    private MasterKey(byte[] key) {
        this.key = key.clone();
        SHA256Digest digest = new SHA256Digest();
        byte[] label = "mnledger master key id".getBytes(StandardCharsets.UTF_8);
        digest.update(label, 0, label.length);
        digest.update(key, 0, key.length);
        byte[] out = new byte[32];
        digest.doFinal(out, 0);
        this.keyId = "mk-" + HexFormat.of().formatHex(out, 0, 8);
    }

    /** Loads the key file, or — when allowed and the file does not exist — generates it with mode 0600. */
    static MasterKey loadOrGenerate(Path file, boolean generateIfMissing) {
        try {
            if (Files.exists(file)) {
                return load(file);
            }
            if (!generateIfMissing) {
                throw new IllegalStateException("マスター鍵ファイルがありません / master key file not found: " + file
                        + " (set mnledger.keys.master-key-file, or allow generation with mnledger.keys.generate-master-key=true)");
            }
            return generate(file);
        } catch (IOException e) {
            throw new IllegalStateException("マスター鍵ファイルを読み書きできません / cannot read or write the master key file "
                    + file + ": " + e.getClass().getSimpleName());
        }
    }

    private static MasterKey load(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.US_ASCII);
        for (String line : lines) {
            if (line.startsWith(HEADER)) {
                byte[] key = Base64.getDecoder().decode(line.substring(HEADER.length()).trim());
                if (key.length != 32) {
                    break;
                }
                return new MasterKey(key);
            }
        }
        throw new IllegalStateException("マスター鍵ファイルの形式が正しくありません / the master key file is not in the expected format: " + file);
    }

    private static MasterKey generate(Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        if (isPosix(dir)) {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
        }
        byte[] key = AesGcm.randomKeyBytes();
        String content = "# mnledger master key-encryption key. Back it up apart from the database; never commit it.\n"
                + "# Losing it makes every sealed value unreadable; leaking it together with a key-vault backup exposes them.\n"
                + HEADER + Base64.getEncoder().encodeToString(key) + "\n";
        Set<PosixFilePermission> ownerOnly = PosixFilePermissions.fromString("rw-------");
        try {
            if (isPosix(dir)) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(ownerOnly));
            } else {
                Files.createFile(file);
            }
        } catch (FileAlreadyExistsException raced) {
            return load(file);
        }
        Files.writeString(file, content, StandardCharsets.US_ASCII, StandardOpenOption.TRUNCATE_EXISTING);
        return new MasterKey(key);
    }

    private static boolean isPosix(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    String keyId() {
        return keyId;
    }

    byte[] wrap(byte[] tenantKey) {
        return KeyWrap.wrap(key, tenantKey);
    }

    javax.crypto.SecretKey unwrap(byte[] wrappedTenantKey) {
        return KeyWrap.unwrap(key, wrappedTenantKey);
    }

    @Override
    public String toString() {
        return "MasterKey[" + keyId + "]";
    }
}
