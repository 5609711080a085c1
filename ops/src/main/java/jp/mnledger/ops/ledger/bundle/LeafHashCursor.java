package jp.mnledger.ops.ledger.bundle;

import java.io.Closeable;
import java.io.IOException;

/** Recorded leaf hashes in leaf order (the array returned by {@link #hash()} is valid until the next call). */
public interface LeafHashCursor extends Closeable {

    boolean next() throws IOException;

    long leafIndex();

    /** The 32-byte leaf hash. */
    byte[] hash();
}
