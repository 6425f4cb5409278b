package org.handout.pdf;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * Writes an RGB picture as a PNG, rows filtered by their left neighbour and deflated fast. ImageIO's
 * PNG writer took a third of a thumbnail's time, more than drawing a quarter of the page; this takes
 * a tenth of it, and the file is about as small. The same picture always gives the same bytes.
 */
final class PngEncoder {
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private PngEncoder() {
    }

    static byte[] encode(BufferedImage image) throws IOException {
        int width = image.getWidth();
        int height = image.getHeight();
        ByteArrayOutputStream png = new ByteArrayOutputStream(width * height / 2);
        png.write(SIGNATURE);
        ByteArrayOutputStream header = new ByteArrayOutputStream(13);
        DataOutputStream h = new DataOutputStream(header);
        h.writeInt(width);
        h.writeInt(height);
        h.write(new byte[] {8, 2, 0, 0, 0}); // 8 bits a sample, RGB, deflate, adaptive filters, no interlace
        chunk(png, "IHDR", header.toByteArray());

        ByteArrayOutputStream data = new ByteArrayOutputStream(width * height);
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try (DeflaterOutputStream z = new DeflaterOutputStream(data, deflater, 8192)) {
            int[] pixels = new int[width];
            byte[] row = new byte[1 + width * 3];
            row[0] = 1; // filter "Sub": each byte less the one to its left
            for (int y = 0; y < height; y++) {
                image.getRGB(0, y, width, 1, pixels, 0, width);
                int left = 0;
                for (int x = 0, i = 1; x < width; x++, i += 3) {
                    int p = pixels[x];
                    row[i] = (byte) ((p >> 16) - (left >> 16));
                    row[i + 1] = (byte) ((p >> 8) - (left >> 8));
                    row[i + 2] = (byte) (p - left);
                    left = p;
                }
                z.write(row);
            }
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
