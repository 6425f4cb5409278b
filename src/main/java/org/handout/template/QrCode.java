package org.handout.template;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * A QR code for an address, as a PNG data URI a template can put in an {@code img}: 4 pixels per
 * module, with the quiet zone scanners need. PDF/A forbids image interpolation, so a printer or
 * viewer enlarges the pixels as squares; more pixels only cost time in every layout. The PNG is one
 * bit a pixel with a two-colour palette, which PDFBox embeds as it is (its rows are the PDF's image
 * data), where a greyscale PNG written by ImageIO was decoded and compressed again for every PDF.
 * The same address always gives the same bytes.
 */
final class QrCode {
    private static final int PIXELS_PER_MODULE = 4;
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    /** Palette entry 0 white, 1 black. */
    private static final byte[] PALETTE = {(byte) 255, (byte) 255, (byte) 255, 0, 0, 0};

    private QrCode() {
    }

    static String dataUri(String address) {
        try {
            BitMatrix matrix = new QRCodeWriter().encode(address, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4));
            return "data:image/png;base64," + Base64.getEncoder().encodeToString(png(matrix));
        } catch (WriterException e) {
            throw new IllegalArgumentException("no QR code for " + address, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] png(BitMatrix matrix) throws IOException {
        int modules = matrix.getWidth();
        int size = modules * PIXELS_PER_MODULE;
        ByteArrayOutputStream png = new ByteArrayOutputStream(1024);
        png.write(SIGNATURE);
        ByteArrayOutputStream header = new ByteArrayOutputStream(13);
        DataOutputStream h = new DataOutputStream(header);
        h.writeInt(size);
        h.writeInt(size);
        h.write(new byte[] {1, 3, 0, 0, 0}); // 1 bit a pixel, palette, deflate, adaptive filters, no interlace
        chunk(png, "IHDR", header.toByteArray());
        chunk(png, "PLTE", PALETTE);

        ByteArrayOutputStream data = new ByteArrayOutputStream(size * size / 8);
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        try (DeflaterOutputStream z = new DeflaterOutputStream(data, deflater)) {
            byte[] row = new byte[1 + (size + 7) / 8]; // filter byte 0: the row as it is
            for (int y = 0; y < modules; y++) {
                java.util.Arrays.fill(row, (byte) 0);
                for (int x = 0; x < size; x++) {
                    if (matrix.get(x / PIXELS_PER_MODULE, y)) {
                        row[1 + x / 8] |= (byte) (0x80 >>> (x % 8));
                    }
                }
                for (int repeat = 0; repeat < PIXELS_PER_MODULE; repeat++) {
                    z.write(row);
                }
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
