package jp.mnledger.ops.ledger;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;

/**
 * The ledger's Ed25519 signing keys, one file each in their own directory (default
 * {@code <data-dir>/keys/ledger-signing/<keyId>.key}, mode 0600, directory 0700): apart from the master key
 * and from every data key, which never sign anything, and never in the database. The newest key signs;
 * {@link #rotate} makes a new one and destroys the older private keys (their public keys stay in
 * {@code ledger.signing_key}, so the heads they signed still verify).
 *
 * <p>File format: comment lines starting with {@code #}, then one line
 * {@code mnledger-ledger-signing-key v1 <keyId> <created, ISO-8601 UTC> <base64 of the 32-byte private key>}.
 */
public final class LedgerSigningKeys {

    private static final String HEADER = "mnledger-ledger-signing-key v1 ";
    private static final String SUFFIX = ".key";

    /** One signing key. {@link #toString()} names the id only. */
    public record SigningKey(String keyId, Instant createdAt, byte[] privateKey, byte[] publicKey) {

        public byte[] sign(byte[] message) {
            return Ed25519.sign(privateKey, message);
        }

        @Override
        public String toString() {
            return "SigningKey[" + keyId + ", created " + createdAt + "]";
        }
    }

    private LedgerSigningKeys() {
    }

    /** The current (newest) key in {@code dir}, generating the first one when there is none. */
    public static SigningKey current(Path dir, Clock clock) {
        List<SigningKey> keys = load(dir);
        return keys.isEmpty() ? generate(dir, clock) : keys.get(keys.size() - 1);
    }

    /** Every key file in {@code dir}, oldest first. */
    public static List<SigningKey> load(Path dir) {
        List<SigningKey> keys = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return keys;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*" + SUFFIX)) {
            for (Path file : files) {
                keys.add(read(file));
            }
        } catch (IOException e) {
            throw new IllegalStateException("台帳署名鍵を読めません / cannot read the ledger signing keys in " + dir + ": "
                    + e.getClass().getSimpleName());
        }
        keys.sort(Comparator.comparing(SigningKey::createdAt).thenComparing(SigningKey::keyId));
        return keys;
    }

    /** A new key that becomes the current one; the older private keys are deleted. Returns the new key. */
    public static SigningKey rotate(Path dir, Clock clock) {
        List<SigningKey> old = load(dir);
        Instant notBefore = old.isEmpty() ? Instant.MIN : old.get(old.size() - 1).createdAt().plusMillis(1);
        SigningKey fresh = generate(dir, Clock.fixed(max(clock.instant(), notBefore), clock.getZone()));
        for (SigningKey key : old) {
            try {
                Files.deleteIfExists(dir.resolve(key.keyId() + SUFFIX));
            } catch (IOException e) {
                throw new IllegalStateException("古い台帳署名鍵を削除できません / cannot delete the retired key " + key.keyId());
            }
        }
        return fresh;
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    static SigningKey generate(Path dir, Clock clock) {
        byte[] privateKey = Ed25519.generatePrivateKey();
        byte[] publicKey = Ed25519.publicKey(privateKey);
        SigningKey key = new SigningKey(Ed25519.keyId(publicKey), clock.instant().truncatedTo(ChronoUnit.MILLIS), privateKey,
                publicKey);
        String content = "# mnledger ledger signing key (Ed25519): signs tree heads, nothing else. Not a data key.\n"
                + "# Keep it out of database backups; losing it only means the next start signs with a new key.\n"
                + HEADER + key.keyId() + " " + key.createdAt() + " " + Base64.getEncoder().encodeToString(privateKey) + "\n";
        try {
            Files.createDirectories(dir);
            boolean posix = dir.getFileSystem().supportedFileAttributeViews().contains("posix");
            if (posix) {
                Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
            }
            Path file = dir.resolve(key.keyId() + SUFFIX);
            if (posix) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } else {
                Files.createFile(file);
            }
            Files.writeString(file, content, StandardCharsets.US_ASCII, StandardOpenOption.TRUNCATE_EXISTING);
        } catch (FileAlreadyExistsException impossible) {
            throw new IllegalStateException("a key with the same id exists: " + key.keyId());
        } catch (IOException e) {
            throw new IllegalStateException("台帳署名鍵を書き込めません / cannot write a ledger signing key to " + dir + ": "
                    + e.getClass().getSimpleName());
        }
        return key;
    }

    private static SigningKey read(Path file) throws IOException {
        for (String line : Files.readAllLines(file, StandardCharsets.US_ASCII)) {
            if (line.startsWith(HEADER)) {
                String[] parts = line.substring(HEADER.length()).trim().split(" ");
                if (parts.length == 3) {
                    byte[] privateKey = Base64.getDecoder().decode(parts[2]);
                    if (privateKey.length == Ed25519.KEY_SIZE) {
                        byte[] publicKey = Ed25519.publicKey(privateKey);
                        if (Ed25519.keyIdMatches(parts[0], publicKey)) {
                            return new SigningKey(parts[0], Instant.parse(parts[1]), privateKey, publicKey);
                        }
                    }
                }
            }
        }
        throw new IllegalStateException("台帳署名鍵ファイルの形式が正しくありません / not a ledger signing key file: " + file);
    }
}
