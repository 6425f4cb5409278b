package org.handout.template;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * A QR code for an address, as a PNG data URI a template can put in an {@code img}: 4 pixels per
 * module, with the quiet zone scanners need. PDF/A forbids image interpolation, so a printer or
 * viewer enlarges the pixels as squares; more pixels only cost time in every layout (measured: 10
 * pixels a module spent 5% of a build decoding and re-encoding the picture). The same address always gives the same bytes.
 */
final class QrCode {
    private static final int PIXELS_PER_MODULE = 4;

    private QrCode() {
    }

    static String dataUri(String address) {
        try {
            BitMatrix matrix = new QRCodeWriter().encode(address, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4));
            int modules = matrix.getWidth();
            int size = modules * PIXELS_PER_MODULE;
            BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_BYTE_BINARY);
            Graphics2D g = image.createGraphics();
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, size, size);
            g.setColor(Color.BLACK);
            for (int y = 0; y < modules; y++) {
                for (int x = 0; x < modules; x++) {
                    if (matrix.get(x, y)) {
                        g.fillRect(x * PIXELS_PER_MODULE, y * PIXELS_PER_MODULE, PIXELS_PER_MODULE, PIXELS_PER_MODULE);
                    }
                }
            }
            g.dispose();
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            // In memory: ImageIO's default buffers the PNG in a temporary file outside output/.
            try (ImageOutputStream stream = new MemoryCacheImageOutputStream(png)) {
                ImageIO.write(image, "png", stream);
            }
            return "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray());
        } catch (WriterException e) {
            throw new IllegalArgumentException("no QR code for " + address, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
