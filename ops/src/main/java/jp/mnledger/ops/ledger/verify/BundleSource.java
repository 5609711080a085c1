package jp.mnledger.ops.ledger.verify;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import jp.mnledger.kernel.ledger.LedgerPublicKeyResponse;
import jp.mnledger.kernel.ledger.MerkleHash;
import jp.mnledger.kernel.ledger.TreeHeadResponse;
import jp.mnledger.ops.ledger.bundle.BundleInput;
import jp.mnledger.ops.ledger.bundle.EventCursor;
import jp.mnledger.ops.ledger.bundle.EvidenceBundle;
import jp.mnledger.ops.ledger.bundle.EvidenceSelection;
import jp.mnledger.ops.ledger.bundle.LeafHashCursor;

/** An evidence bundle (directory or zip) as the verifier reads it: streamed, never all in memory. */
public final class BundleSource implements EvidenceSource {

    /** The longest leaf the verifier reads (an event row is far smaller; a corrupt length must not exhaust memory). */
    static final int MAX_LEAF_BYTES = 64 << 20;

    private final BundleInput input;
    private final EvidenceBundle.Manifest manifest;
    private final ObjectMapper json = EvidenceBundle.json();

    private BundleSource(BundleInput input, EvidenceBundle.Manifest manifest) {
        this.input = input;
        this.manifest = manifest;
    }

    /**
     * Opens a bundle.
     *
     * @throws java.nio.file.NoSuchFileException if there is nothing at {@code path}
     * @throws IOException if it is not a bundle this verifier reads (its manifest is missing or of another format)
     */
    public static BundleSource open(Path path) throws IOException {
        BundleInput input = BundleInput.open(path);
        if (!input.has(EvidenceBundle.MANIFEST)) {
            input.close();
            throw new IOException("no " + EvidenceBundle.MANIFEST + ": not an evidence bundle");
        }
        try (InputStream in = input.open(EvidenceBundle.MANIFEST)) {
            EvidenceBundle.Manifest manifest = EvidenceBundle.json().readValue(in, EvidenceBundle.Manifest.class);
            if (!EvidenceBundle.FORMAT.equals(manifest.format()) || manifest.version() < 1
                    || manifest.version() > EvidenceBundle.VERSION) {
                throw new IOException("not a " + EvidenceBundle.FORMAT + " of version 1 to " + EvidenceBundle.VERSION + ": "
                        + manifest.format() + " " + manifest.version());
            }
            if (!EvidenceBundle.SCOPE_FULL.equals(manifest.scope()) && !EvidenceBundle.SCOPE_COMPANY.equals(manifest.scope())) {
                throw new IOException("unknown scope " + manifest.scope());
            }
            try {
                manifest.selection();
            } catch (IllegalArgumentException e) {
                throw new IOException("the manifest's selection is incoherent: " + e.getMessage());
            }
            return new BundleSource(input, manifest);
        } catch (IOException | RuntimeException e) {
            input.close();
            throw e instanceof IOException io ? io : new IOException(e.getMessage(), e);
        }
    }

    @Override
    public String description() {
        return "bundle " + input.description();
    }

    @Override
    public boolean fullScope() {
        return EvidenceBundle.SCOPE_FULL.equals(manifest.scope());
    }

    @Override
    public String companyId() {
        return manifest.companyId();
    }

    @Override
    public EvidenceSelection selection() {
        return manifest.selection();
    }

    @Override
    public long anchorSize() {
        return manifest.treeSize();
    }

    @Override
    public Long declaredEventCount() {
        return manifest.eventCount();
    }

    @Override
    public List<TreeHeadResponse> heads() throws IOException {
        return readJson(EvidenceBundle.HEADS, new TypeReference<>() { });
    }

    @Override
    public List<LedgerPublicKeyResponse> publicKeys() throws IOException {
        return readJson(EvidenceBundle.PUBLIC_KEYS, new TypeReference<>() { });
    }

    @Override
    public List<EvidenceBundle.ConsistencyProof> consistencyProofs() throws IOException {
        if (!input.has(EvidenceBundle.CONSISTENCY)) {
            return Collections.emptyList();
        }
        return readJson(EvidenceBundle.CONSISTENCY, new TypeReference<>() { });
    }

    private <T> T readJson(String name, TypeReference<T> type) throws IOException {
        try (InputStream in = input.open(name)) {
            return json.readValue(in, type);
        }
    }

    @Override
    public EventCursor events() throws IOException {
        Chunks in = new Chunks(input.open(EvidenceBundle.EVENTS));
        return new EventCursor() {
            private long index = -1;
            private int offset;
            private int length;

            @Override
            public boolean next() throws IOException {
                long previous = index;
                int available = in.ensure(12);
                if (available == 0) {
                    return false;
                }
                if (available < 12) {
                    throw new IOException("events.bin ends inside a record (after leaf " + previous + ")");
                }
                index = in.view.getLong(in.start);
                length = in.view.getInt(in.start + 8);
                if (length < 0 || length > MAX_LEAF_BYTES) {
                    throw new IOException("events.bin: the record after leaf " + previous + " has the length " + length);
                }
                if (in.ensure(12 + length) < 12 + length) {
                    throw new IOException("events.bin ends inside the record of leaf " + index);
                }
                offset = in.start + 12;
                in.start += 12 + length;
                return true;
            }

            @Override
            public long leafIndex() {
                return index;
            }

            @Override
            public byte[] bytes() {
                return in.buffer;
            }

            @Override
            public int offset() {
                return offset;
            }

            @Override
            public int length() {
                return length;
            }

            @Override
            public void close() throws IOException {
                in.close();
            }
        };
    }

    @Override
    public LeafHashCursor recordedLeafHashes() throws IOException {
        if (!fullScope()) {
            return null;
        }
        Chunks in = new Chunks(input.open(EvidenceBundle.LEAVES));
        return new LeafHashCursor() {
            private final byte[] hash = new byte[MerkleHash.SIZE];
            private long index = -1;

            @Override
            public boolean next() throws IOException {
                int available = in.ensure(MerkleHash.SIZE);
                if (available == 0) {
                    return false;
                }
                if (available < MerkleHash.SIZE) {
                    throw new IOException("leaves.bin ends inside the hash of leaf " + (index + 1));
                }
                System.arraycopy(in.buffer, in.start, hash, 0, MerkleHash.SIZE);
                in.start += MerkleHash.SIZE;
                index++;
                return true;
            }

            @Override
            public long leafIndex() {
                return index;
            }

            @Override
            public byte[] hash() {
                return hash;
            }

            @Override
            public void close() throws IOException {
                in.close();
            }
        };
    }

    /**
     * A file read in large chunks, records parsed where they lie (no copy per record): what keeps
     * verification close to the speed of hashing alone.
     */
    private static final class Chunks {
        private final InputStream in;
        private byte[] buffer = new byte[4 << 20];
        private java.nio.ByteBuffer view = java.nio.ByteBuffer.wrap(buffer);
        private int start;
        private int end;

        Chunks(InputStream in) {
            this.in = in;
        }

        /** Makes at least {@code bytes} bytes available from {@link #start} if the file has them; answers how many are. */
        int ensure(int bytes) throws IOException {
            if (end - start >= bytes) {
                return end - start;
            }
            if (start > 0) {
                System.arraycopy(buffer, start, buffer, 0, end - start);
                end -= start;
                start = 0;
            }
            if (buffer.length < bytes) {
                buffer = java.util.Arrays.copyOf(buffer, Math.max(bytes, buffer.length * 2));
                view = java.nio.ByteBuffer.wrap(buffer);
            }
            while (end < bytes) {
                int read = in.read(buffer, end, buffer.length - end);
                if (read < 0) {
                    break;
                }
                end += read;
            }
            return end - start;
        }

        void close() throws IOException {
            in.close();
        }
    }

    @Override
    public Iterator<EvidenceBundle.InclusionProof> inclusionProofs() throws IOException {
        if (fullScope() || !input.has(EvidenceBundle.INCLUSION)) {
            return Collections.emptyIterator();
        }
        BufferedReader reader = new BufferedReader(new InputStreamReader(input.open(EvidenceBundle.INCLUSION),
                StandardCharsets.UTF_8));
        return new Iterator<>() {
            private String line = nextLine();

            private String nextLine() {
                try {
                    String next;
                    do {
                        next = reader.readLine();
                    } while (next != null && next.isBlank());
                    if (next == null) {
                        reader.close();
                    }
                    return next;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public boolean hasNext() {
                return line != null;
            }

            @Override
            public EvidenceBundle.InclusionProof next() {
                if (line == null) {
                    throw new NoSuchElementException();
                }
                String current = line;
                line = nextLine();
                try {
                    return json.readValue(current, EvidenceBundle.InclusionProof.class);
                } catch (IOException e) {
                    throw new IllegalArgumentException("a line of inclusion.jsonl is not an inclusion proof");
                }
            }
        };
    }

    @Override
    public void close() throws IOException {
        input.close();
    }
}
