package jp.mnledger.kernel.inbox;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The formats the inbox accepts, each with the magic bytes its content must start with: a declared type
 * is believed only when the bytes agree, so nothing else is ever stored or served back under an image's
 * media type.
 */
public enum IdDocumentContentType {
    JPEG("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}),
    PDF("application/pdf", new byte[] {'%', 'P', 'D', 'F', '-'});

    private final String mediaType;
    private final byte[] magic;

    IdDocumentContentType(String mediaType, byte[] magic) {
        this.mediaType = mediaType;
        this.magic = magic;
    }

    public String mediaType() {
        return mediaType;
    }

    /** Whether the content starts with this format's magic bytes. */
    public boolean matches(byte[] content) {
        return content != null && content.length >= magic.length
                && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
    }

    /** The format of a Content-Type header value (parameters and case ignored), if it is one of ours. */
    public static Optional<IdDocumentContentType> ofMediaType(String contentType) {
        if (contentType == null) {
            return Optional.empty();
        }
        int semicolon = contentType.indexOf(';');
        String bare = (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(t -> t.mediaType.equals(bare)).findFirst();
    }
}
