package jp.mnledger.ops.ledger.bundle;

import java.io.Closeable;
import java.io.IOException;

/** Events as ledger leaves, in leaf order: each one's leaf index and canonical bytes (valid until the next call). */
public interface EventCursor extends Closeable {

    /** Moves to the next event; false at the end. */
    boolean next() throws IOException;

    long leafIndex();

    /** The buffer holding the canonical leaf bytes at [{@link #offset()}, {@link #offset()} + {@link #length()}). */
    byte[] bytes();

    int offset();

    int length();
}
