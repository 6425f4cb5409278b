package org.handout.template;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.zip.Deflater;
import org.handout.png.PngWriter;

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
        return PngWriter.write(size, size, 1, 3, PALETTE, Deflater.BEST_COMPRESSION, out -> {
            byte[] row = new byte[1 + (size + 7) / 8]; // filter byte 0: the row as it is
            for (int y = 0; y < modules; y++) {
                Arrays.fill(row, (byte) 0);
                for (int x = 0; x < size; x++) {
                    if (matrix.get(x / PIXELS_PER_MODULE, y)) {
                        row[1 + x / 8] |= (byte) (0x80 >>> (x % 8));
                    }
                }
                for (int repeat = 0; repeat < PIXELS_PER_MODULE; repeat++) {
                    out.write(row);
                }
            }
        });
    }
}
