package jp.mnledger.ops.ledger.bundle;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** A bundle's files, from a directory or a zip. */
public final class BundleInput implements Closeable {

    private final Path directory;
    private final ZipFile zip;
    private final String description;

    private BundleInput(Path directory, ZipFile zip, String description) {
        this.directory = directory;
        this.zip = zip;
        this.description = description;
    }

    /** Opens a bundle directory or zip file; throws {@link java.nio.file.NoSuchFileException} if there is none. */
    public static BundleInput open(Path path) throws IOException {
        if (Files.isDirectory(path)) {
            return new BundleInput(path, null, path.toString());
        }
        if (!Files.exists(path)) {
            throw new java.nio.file.NoSuchFileException(path.toString());
        }
        return new BundleInput(null, new ZipFile(path.toFile()), path.toString());
    }

    public String description() {
        return description;
    }

    public boolean has(String name) {
        return zip != null ? zip.getEntry(name) != null : Files.isRegularFile(directory.resolve(name));
    }

    /** The file's bytes as a stream; throws {@link java.nio.file.NoSuchFileException} if the bundle has no such file. */
    public InputStream open(String name) throws IOException {
        if (zip != null) {
            ZipEntry entry = zip.getEntry(name);
            if (entry == null) {
                throw new java.nio.file.NoSuchFileException(name);
            }
            return new BufferedInputStream(zip.getInputStream(entry), 1 << 16);
        }
        return new BufferedInputStream(Files.newInputStream(directory.resolve(name)), 1 << 16);
    }

    @Override
    public void close() throws IOException {
        if (zip != null) {
            zip.close();
        }
    }
}
