package org.handout.png;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * The chunks of a PNG file around rows its caller filters and writes: header, optional palette,
 * the deflated rows, end. The same rows always give the same bytes.
 */
public final class PngWriter {
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    /** Writes every row of the picture, each starting with its filter type byte. */
    public interface Rows {
        void writeTo(OutputStream out) throws IOException;
    }

    private PngWriter() {
    }

    /**
     * @param bitDepth   bits per sample (1 for a two-colour palette, 8 for RGB)
     * @param colourType 2 for RGB, 3 for a palette
     * @param palette    the palette's RGB triples, or null
     * @param level      the deflate level ({@link Deflater#BEST_SPEED} …)
     */
    public static byte[] write(int width, int height, int bitDepth, int colourType, byte[] palette, int level,
            Rows rows) throws IOException {
        ByteArrayOutputStream png = new ByteArrayOutputStream(1024);
        png.write(SIGNATURE);
        ByteArrayOutputStream header = new ByteArrayOutputStream(13);
        DataOutputStream h = new DataOutputStream(header);
        h.writeInt(width);
        h.writeInt(height);
        h.write(new byte[] {(byte) bitDepth, (byte) colourType, 0, 0, 0}); // deflate, adaptive filters, no interlace
        chunk(png, "IHDR", header.toByteArray());
        if (palette != null) {
            chunk(png, "PLTE", palette);
        }
        ByteArrayOutputStream data = new ByteArrayOutputStream(1024);
        Deflater deflater = new Deflater(level);
        try (DeflaterOutputStream z = new DeflaterOutputStream(data, deflater, 8192)) {
            rows.writeTo(z);
        } finally {
            deflater.end();
        }
        chunk(png, "IDAT", data.toByteArray());
        chunk(png, "IEND", new byte[0]);
        return png.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream png, String type, byte[] body) throws IOException {
        DataOutputStream out = new DataOutputStream(png);
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        out.writeInt(body.length);
        out.write(name);
        out.write(body);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(body);
        out.writeInt((int) crc.getValue());
    }
}
