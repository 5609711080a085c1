package jp.mnledger.kernel.ledger;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * One stored event as a leaf of the ledger's Merkle tree: every column of its row in the event store, in a
 * fixed order, as canonical bytes. The payload and metadata are the stored serialized bytes — for personal
 * fields that is ciphertext only — so the tree covers exactly what the store holds and nothing that a
 * destroyed key could change.
 *
 * <p>Canonical bytes (docs/evidence-bundle.md §3): the version byte {@code 0x01}, then ten fields in this
 * order — event identifier, aggregate type, aggregate identifier, sequence number, global index, timestamp,
 * payload type, payload revision, payload, metadata. A string or byte field is a 4-byte big-endian length
 * followed by that many bytes (strings in UTF-8); length {@code 0xFFFFFFFF} with no bytes is an absent
 * value (SQL NULL). A number is 8 bytes, big-endian, two's complement. Nothing else, no padding.
 *
 * @param eventIdentifier     {@code eventidentifier}: the event's unique id
 * @param aggregateType       {@code type}: the aggregate type, absent for an event that no aggregate applied
 * @param aggregateIdentifier {@code aggregateidentifier} (Axon stores the event id for such events)
 * @param sequenceNumber      {@code sequencenumber}
 * @param globalIndex         {@code globalindex}: the store's position, which a replay follows
 * @param timestamp           {@code timestamp}, exactly as stored (ISO-8601 text)
 * @param payloadType         {@code payloadtype}
 * @param payloadRevision     {@code payloadrevision}, possibly absent
 * @param payload             {@code payload}: the serialized event
 * @param metadata            {@code metadata}: the serialized audit metadata, possibly absent
 */
public record LedgerLeaf(String eventIdentifier, String aggregateType, String aggregateIdentifier, long sequenceNumber,
                         long globalIndex, String timestamp, String payloadType, String payloadRevision, byte[] payload,
                         byte[] metadata) {

    /** The first byte of every leaf: the version of this encoding. */
    public static final byte VERSION = 0x01;
    private static final int ABSENT = 0xFFFFFFFF;

    public LedgerLeaf {
        Objects.requireNonNull(eventIdentifier, "eventIdentifier");
        Objects.requireNonNull(aggregateIdentifier, "aggregateIdentifier");
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(payloadType, "payloadType");
        Objects.requireNonNull(payload, "payload");
    }

    /** The canonical bytes. */
    public byte[] encode() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 + payload.length + (metadata == null ? 0 : metadata.length));
        out.write(VERSION);
        writeString(out, eventIdentifier);
        writeString(out, aggregateType);
        writeString(out, aggregateIdentifier);
        writeLong(out, sequenceNumber);
        writeLong(out, globalIndex);
        writeString(out, timestamp);
        writeString(out, payloadType);
        writeString(out, payloadRevision);
        writeBytes(out, payload);
        writeBytes(out, metadata);
        return out.toByteArray();
    }

    /** The leaf hash: SHA-256(0x00 || canonical bytes). */
    public byte[] leafHash() {
        return MerkleHash.leaf(encode());
    }

    /** Reads canonical bytes back; throws {@link IllegalArgumentException} if they are not exactly one leaf. */
    public static LedgerLeaf decode(byte[] bytes, int offset, int length) {
        Cursor c = new Cursor(bytes, offset, length);
        c.version();
        try {
            LedgerLeaf leaf = new LedgerLeaf(c.string(), c.string(), c.string(), c.number(), c.number(), c.string(),
                    c.string(), c.string(), c.bytes(), c.bytes());
            c.end();
            return leaf;
        } catch (NullPointerException absent) {
            throw new IllegalArgumentException("a required field is absent");
        }
    }

    public static LedgerLeaf decode(byte[] bytes) {
        return decode(bytes, 0, bytes.length);
    }

    /**
     * Checks that the bytes are exactly one well-formed leaf without copying its fields (the verifier's
     * fast path); returns null if they are, or what is wrong.
     */
    public static String problemWith(byte[] bytes, int offset, int length) {
        try {
            Cursor c = atPayloadType(bytes, offset, length);
            c.skip(false);
            c.skip(true);
            c.skip(false);
            c.skip(true);
            c.end();
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    /** The event identifier of a leaf in canonical bytes (its first field). */
    public static String eventIdentifierOf(byte[] bytes, int offset, int length) {
        Cursor c = new Cursor(bytes, offset, length);
        c.version();
        return c.string();
    }

    /** The payload type of a leaf in canonical bytes (its seventh field), without copying the payload. */
    public static String payloadTypeOf(byte[] bytes, int offset, int length) {
        return atPayloadType(bytes, offset, length).string();
    }

    /** A cursor past the first six fields: at the payload type. */
    private static Cursor atPayloadType(byte[] bytes, int offset, int length) {
        Cursor c = new Cursor(bytes, offset, length);
        c.version();
        c.skip(false);
        c.skip(true);
        c.skip(false);
        c.number();
        c.number();
        c.skip(false);
        return c;
    }

    @Override
    public String toString() {
        return "LedgerLeaf[" + eventIdentifier + ", " + payloadType + ", global index " + globalIndex + "]";
    }

    private static void writeString(ByteArrayOutputStream out, String value) {
        writeBytes(out, value == null ? null : value.getBytes(StandardCharsets.UTF_8));
    }

    private static void writeBytes(ByteArrayOutputStream out, byte[] value) {
        if (value == null) {
            writeInt(out, ABSENT);
            return;
        }
        writeInt(out, value.length);
        out.write(value, 0, value.length);
    }

    private static void writeInt(ByteArrayOutputStream out, int value) {
        out.write(value >>> 24);
        out.write(value >>> 16);
        out.write(value >>> 8);
        out.write(value);
    }

    private static void writeLong(ByteArrayOutputStream out, long value) {
        writeInt(out, (int) (value >>> 32));
        writeInt(out, (int) value);
    }

    /** Reads fields of a leaf, refusing anything but the exact encoding. */
    private static final class Cursor {
        private final ByteBuffer buffer;

        Cursor(byte[] bytes, int offset, int length) {
            if (offset < 0 || length < 0 || offset + length > bytes.length) {
                throw new IllegalArgumentException("leaf bytes out of range");
            }
            this.buffer = ByteBuffer.wrap(bytes, offset, length);
        }

        void version() {
            need(1);
            byte version = buffer.get();
            if (version != VERSION) {
                throw new IllegalArgumentException("unknown leaf version " + (version & 0xff));
            }
        }

        long number() {
            need(8);
            return buffer.getLong();
        }

        String string() {
            byte[] bytes = bytes();
            return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
        }

        byte[] bytes() {
            int length = length();
            if (length == ABSENT) {
                return null;
            }
            byte[] value = new byte[length];
            buffer.get(value);
            return value;
        }

        void skip(boolean mayBeAbsent) {
            int length = length();
            if (length == ABSENT) {
                if (!mayBeAbsent) {
                    throw new IllegalArgumentException("a required field is absent");
                }
                return;
            }
            buffer.position(buffer.position() + length);
        }

        private int length() {
            need(4);
            int length = buffer.getInt();
            if (length != ABSENT && (length < 0 || length > buffer.remaining())) {
                throw new IllegalArgumentException("a field is longer than the leaf");
            }
            return length;
        }

        void end() {
            if (buffer.hasRemaining()) {
                throw new IllegalArgumentException("bytes after the last field");
            }
        }

        private void need(int bytes) {
            if (buffer.remaining() < bytes) {
                throw new IllegalArgumentException("the leaf ends inside a field");
            }
        }
    }
}
