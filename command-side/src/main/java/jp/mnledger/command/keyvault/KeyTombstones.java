package jp.mnledger.command.keyvault;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An append-only file, kept with the master key and outside the database, naming every subject whose data key
 * was destroyed (one line: subject id, tenant id, time). The database's own tombstones go back in time with a
 * restored backup; this file does not, so at start the vault destroys again any key it lists (ADR 0016). Each
 * line is forced to disk before the disposal's answer returns. It holds ids only, never personal data.
 */
final class KeyTombstones {

    private final Path file;

    KeyTombstones(Path file) {
        this.file = file;
    }

    Path file() {
        return file;
    }

    synchronized void append(String subjectId, String tenantId, Instant at) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            boolean created = !Files.exists(file);
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND,
                    StandardOpenOption.WRITE)) {
                channel.write(ByteBuffer.wrap((subjectId + "\t" + tenantId + "\t" + at + "\n")
                        .getBytes(StandardCharsets.US_ASCII)));
                channel.force(true);
            }
            if (created && file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the key tombstone file cannot be written: " + file, e);
        }
    }

    /** Subject id → tenant id of every tombstone written so far (empty when the file does not exist yet). */
    synchronized Map<String, String> read() {
        Map<String, String> tombstones = new LinkedHashMap<>();
        if (!Files.exists(file)) {
            return tombstones;
        }
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.US_ASCII)) {
                String[] fields = line.split("\t");
                if (fields.length >= 2) {
                    tombstones.put(fields[0], fields[1]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the key tombstone file cannot be read: " + file, e);
        }
        return tombstones;
    }
}
