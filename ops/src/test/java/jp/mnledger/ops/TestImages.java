package jp.mnledger.ops;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;

/**
 * Small real images for the inbox tests, drawn with ImageIO, each carrying a marker string in a place
 * its format allows (a PNG tEXt chunk, a JPEG comment, a PDF comment): if the marker shows up anywhere it
 * should not — a row, an event, a log line — the image leaked.
 */
public final class TestImages {

    private TestImages() {
    }

    public static byte[] png(String marker) {
        byte[] png = draw("png");
        // A tEXt chunk right after IHDR (8 bytes of signature + 25 of IHDR).
        byte[] data = ("Comment\0" + marker).getBytes(StandardCharsets.ISO_8859_1);
        ByteBuffer chunk = ByteBuffer.allocate(12 + data.length);
        chunk.putInt(data.length).put("tEXt".getBytes(StandardCharsets.US_ASCII)).put(data);
        CRC32 crc = new CRC32();
        crc.update(chunk.array(), 4, 4 + data.length);
        chunk.putInt((int) crc.getValue());
        return splice(png, 33, chunk.array());
    }

    public static byte[] jpeg(String marker) {
        byte[] jpeg = draw("jpg");
        // A COM segment right after SOI.
        byte[] data = marker.getBytes(StandardCharsets.ISO_8859_1);
        ByteBuffer segment = ByteBuffer.allocate(4 + data.length);
        segment.put((byte) 0xFF).put((byte) 0xFE).putShort((short) (2 + data.length)).put(data);
        return splice(jpeg, 2, segment.array());
    }

    public static byte[] pdf(String marker) {
        return ("%PDF-1.4\n% " + marker + "\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
                .getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] draw(String format) {
        BufferedImage image = new BufferedImage(48, 30, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 48, 30);
        g.setColor(Color.BLUE);
        g.fillRect(4, 4, 16, 22);
        g.dispose();
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no ImageIO writer for " + format);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] splice(byte[] original, int at, byte[] inserted) {
        byte[] result = new byte[original.length + inserted.length];
        System.arraycopy(original, 0, result, 0, at);
        System.arraycopy(inserted, 0, result, at, inserted.length);
        System.arraycopy(original, at, result, at + inserted.length, original.length - at);
        return result;
    }
}
