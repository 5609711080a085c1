package jp.mnledger.ops.ledger.bundle;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Where a bundle's files go: a new directory, or a new zip file when the name ends in {@code .zip} (never
 * overwrites), or a zip streamed to any output stream (an HTTP response), written as it goes.
 */
public final class BundleOutput implements Closeable {

    private final Path directory;
    private final ZipOutputStream zip;

    private BundleOutput(Path directory, ZipOutputStream zip) {
        this.directory = directory;
        this.zip = zip;
    }

    /** A zip written to the stream as the files come; {@link #close()} finishes the zip but leaves the stream open. */
    public static BundleOutput zip(OutputStream out) {
        ZipOutputStream zip = new ZipOutputStream(new FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        });
        zip.setLevel(Deflater.BEST_SPEED);
        return new BundleOutput(null, zip);
    }

    public static BundleOutput create(Path target) throws IOException {
        if (target.getFileName() != null && target.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".zip")) {
            if (target.toAbsolutePath().getParent() != null) {
                Files.createDirectories(target.toAbsolutePath().getParent());
            }
            OutputStream file = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            ZipOutputStream zip = new ZipOutputStream(new BufferedOutputStream(file, 1 << 16));
            zip.setLevel(Deflater.BEST_SPEED);
            return new BundleOutput(null, zip);
        }
        if (Files.exists(target)) {
            try (var entries = Files.list(target)) {
                if (entries.findAny().isPresent()) {
                    throw new IOException("the bundle directory is not empty: " + target);
                }
            }
        }
        Files.createDirectories(target);
        return new BundleOutput(target, null);
    }

    /** A stream for one file; close it before opening the next. */
    public OutputStream file(String name) throws IOException {
        if (zip != null) {
            zip.putNextEntry(new ZipEntry(name));
            return new FilterOutputStream(zip) {
                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    out.write(b, off, len);
                }

                @Override
                public void close() throws IOException {
                    zip.closeEntry();
                }
            };
        }
        return new BufferedOutputStream(Files.newOutputStream(directory.resolve(name), StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE), 1 << 16);
    }

    @Override
    public void close() throws IOException {
        if (zip != null) {
            zip.close();
        }
    }
}
