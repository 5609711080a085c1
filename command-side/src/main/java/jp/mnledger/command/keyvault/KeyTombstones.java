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

    private FileChannel channel;
    private long written;
    private long forced;
    private final Object forceLock = new Object();

    /**
     * Appends the lines (subject id, tenant id, time) and returns once they are on disk. Group commit: threads appending together share one
     * {@code force}, so concurrent disposals do not queue behind one fsync each.
     */
    void append(java.util.List<String[]> lines) {
        if (lines.isEmpty()) {
            return;
        }
        StringBuilder text = new StringBuilder();
        for (String[] line : lines) {
            text.append(String.join("\t", line)).append('\n');
        }
        long end;
        synchronized (this) {
            try {
                FileChannel open = open();
                ByteBuffer buffer = ByteBuffer.wrap(text.toString().getBytes(StandardCharsets.US_ASCII));
                while (buffer.hasRemaining()) {
                    open.write(buffer);
                }
                written = open.position();
                end = written;
            } catch (IOException e) {
                throw new UncheckedIOException("the key tombstone file cannot be written: " + file, e);
            }
        }
        synchronized (forceLock) {
            if (forced >= end) {
                return; // another thread's force covered this line
            }
            long upTo;
            FileChannel open;
            synchronized (this) {
                upTo = written;
                open = channel;
            }
            try {
                open.force(false);
            } catch (IOException e) {
                throw new UncheckedIOException("the key tombstone file cannot be forced to disk: " + file, e);
            }
            forced = upTo;
        }
    }

    private FileChannel open() throws IOException {
        if (channel == null || !channel.isOpen()) {
            Files.createDirectories(file.toAbsolutePath().getParent());
            boolean created = !Files.exists(file);
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE);
            if (created && file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            }
            written = channel.size();
        }
        return channel;
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
