package org.handout.testing;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Pictures as an author's camera, editor or a broken copy makes them: real PNG, JPEG and GIF files
 * written by ImageIO, then cut short, flipped or given a header that lies about their size.
 */
public final class Pictures {
    private Pictures() {
    }

    /** A photo-like picture (a gradient with noise, so its data is not trivially short). */
    public static BufferedImage photo(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Random noise = new Random(7);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, (x * 255 / width) << 16 | (y * 255 / height) << 8 | noise.nextInt(64));
            }
        }
        return image;
    }

    /** The picture encoded as {@code png}, {@code jpeg} or {@code gif}, in memory. */
    public static byte[] encode(BufferedImage image, String format) {
        return encode(image, format, false);
    }

    /** @param progressive an interlaced (Adam7) PNG or a progressive JPEG */
    public static byte[] encode(BufferedImage image, String format, boolean progressive) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageWriter writer = ImageIO.getImageWritersByFormatName(format).next();
        try (ImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (progressive) {
                param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
            }
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    /** A photo-like picture in {@code BufferedImage} type {@code type} (grey, 16-bit, indexed, with alpha …). */
    public static BufferedImage photo(int width, int height, int type) {
        BufferedImage image = new BufferedImage(width, height, type);
        image.createGraphics().drawImage(photo(width, height), 0, 0, null);
        return image;
    }

    public static byte[] png(int width, int height) {
        return encode(photo(width, height), "png");
    }

    public static byte[] jpeg(int width, int height) {
        return encode(photo(width, height), "jpeg");
    }

    public static byte[] gif(int width, int height) {
        return encode(photo(width, height), "gif");
    }

    /** The first {@code fraction} of the file, as a failed download or a full disk leaves it. */
    public static byte[] cut(byte[] file, double fraction) {
        return Arrays.copyOf(file, (int) (file.length * fraction));
    }

    /** The file with {@code count} bytes from its middle inverted, as a bad disk or copy leaves it. */
    public static byte[] flipMiddle(byte[] file, int count) {
        byte[] copy = file.clone();
        for (int i = file.length / 2; i < file.length / 2 + count; i++) {
            copy[i] ^= (byte) 0xA5;
        }
        return copy;
    }

    /** A PNG whose IHDR says {@code width × height}, with a correct checksum, and the same picture data. */
    public static byte[] pngClaiming(byte[] png, int width, int height) {
        byte[] copy = png.clone();
        ByteBuffer b = ByteBuffer.wrap(copy);
        b.putInt(16, width).putInt(20, height);
        CRC32 crc = new CRC32();
        crc.update(copy, 12, 17);
        b.putInt(29, (int) crc.getValue());
        return copy;
    }

    /**
     * A whole, well-formed PNG of {@code width × height} black pixels that claims nothing false:
     * deflate makes its rows of zeros tiny, so a test can make a large one quickly.
     */
    public static byte[] blackPng(int width, int height) {
        try {
            ByteArrayOutputStream idat = new ByteArrayOutputStream();
            try (DeflaterOutputStream z = new DeflaterOutputStream(idat, new Deflater(9), 1 << 16)) {
                byte[] row = new byte[1 + width]; // filter byte 0, then one grey byte a pixel
                for (int y = 0; y < height; y++) {
                    z.write(row);
                }
            }
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            png.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
            chunk(png, "IHDR", ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 0)
                    .put((byte) 0).put((byte) 0).put((byte) 0).array());
            chunk(png, "IDAT", idat.toByteArray());
            chunk(png, "IEND", new byte[0]);
            return png.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] typeBytes = type.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(typeBytes);
        out.writeBytes(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    /** A JPEG whose frame header (SOF) says {@code width × height}, with the same picture data. */
    public static byte[] jpegClaiming(byte[] jpeg, int width, int height) {
        byte[] copy = jpeg.clone();
        int sof = startOfFrame(copy);
        ByteBuffer.wrap(copy).putShort(sof + 5, (short) height).putShort(sof + 7, (short) width);
        return copy;
    }

    /** The JPEG with its frame marked as another process, e.g. {@code 0xC3} (lossless). */
    public static byte[] jpegMarkedAs(byte[] jpeg, int sofMarker) {
        byte[] copy = jpeg.clone();
        copy[startOfFrame(copy) + 1] = (byte) sofMarker;
        return copy;
    }

    private static int startOfFrame(byte[] jpeg) {
        int i = 2;
        while (i + 4 < jpeg.length) {
            int marker = jpeg[i + 1] & 0xFF;
            if (marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC) {
                return i;
            }
            i += 2 + ((jpeg[i + 2] & 0xFF) << 8 | (jpeg[i + 3] & 0xFF));
        }
        throw new IllegalArgumentException("no SOF marker");
    }
}
