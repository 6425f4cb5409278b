package org.handout.content;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.handout.content.PictureFault.Kind;

/**
 * Verifies a PNG file in one streaming pass, in constant memory whatever its size: the signature,
 * every chunk's checksum, the header, and every byte of the compressed picture data, inflated (with
 * zlib's checksum) and counted against the rows the header promises. PDFBox copies a PNG's data into
 * the PDF as it is, so this is exactly what a reader's viewer will decode. The pixel limit is checked
 * from the header, before any picture data is read.
 */
final class PngCheck {
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final int IHDR = 0x49484452;
    private static final int PLTE = 0x504C5445;
    private static final int IDAT = 0x49444154;
    private static final int IEND = 0x49454E44;
    private static final int BUFFER = 1 << 16;

    private final InputStream in;
    private final long maxPixels;
    private final CRC32 crc = new CRC32();
    private final Inflater inflater = new Inflater();
    private final byte[] chunk = new byte[BUFFER];
    private final byte[] inflated = new byte[BUFFER];
    private long width;
    private long height;
    private int colourType;
    private PngRows rows;
    /** A fault in the data of the current chunk, reported once its checksum is known to be right. */
    private Kind pending;

    /** Stops the check: the file has this fault. */
    private static final class Stop extends Exception {
        final transient PictureFault fault;

        Stop(PictureFault fault) {
            super(null, null, false, false);
            this.fault = fault;
        }
    }

    private PngCheck(InputStream in, long maxPixels) {
        this.in = in;
        this.maxPixels = maxPixels;
    }

    static Optional<PictureFault> check(Path file, long maxPixels) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), BUFFER)) {
            PngCheck check = new PngCheck(in, maxPixels);
            try {
                check.verify();
                return Optional.empty();
            } catch (Stop stop) {
                return Optional.of(stop.fault);
            } finally {
                check.inflater.end();
            }
        }
    }

    private void verify() throws IOException, Stop {
        byte[] signature = in.readNBytes(SIGNATURE.length);
        if (signature.length < SIGNATURE.length) {
            throw stop(Kind.ENDS_EARLY);
        }
        if (!Arrays.equals(signature, SIGNATURE)) {
            throw stop(Kind.CORRUPT); // e.g. line endings changed by a copy that took it for text
        }
        boolean palette = false;
        for (boolean first = true; ; first = false) {
            byte[] head = in.readNBytes(8);
            if (head.length < 8) {
                throw stop(Kind.ENDS_EARLY);
            }
            int length = ByteBuffer.wrap(head).getInt(0);
            int type = ByteBuffer.wrap(head).getInt(4);
            if (length < 0) {
                throw stop(Kind.CORRUPT);
            }
            crc.reset();
            crc.update(head, 4, 4);
            if (first) {
                if (type != IHDR || length != 13) {
                    throw stop(Kind.BAD_HEADER);
                }
                byte[] header = in.readNBytes(13);
                if (header.length < 13) {
                    throw stop(Kind.ENDS_EARLY);
                }
                crc.update(header);
                checksum();
                header(header);
                continue;
            }
            if (type == IDAT && colourType == 3 && !palette) {
                throw stop(Kind.CORRUPT); // a palette picture without its palette
            }
            palette |= type == PLTE;
            data(length, type == IDAT);
            checksum();
            if (pending != null) {
                throw stop(pending);
            }
            if (type == IEND) {
                end();
                return;
            }
        }
    }

    /** The IHDR values, checked as the PNG specification allows them; the pixel limit before any data. */
    private void header(byte[] h) throws Stop {
        ByteBuffer b = ByteBuffer.wrap(h);
        width = b.getInt(0) & 0xFFFFFFFFL;
        height = b.getInt(4) & 0xFFFFFFFFL;
        int depth = h[8];
        colourType = h[9];
        int channels = switch (colourType) {
            case 0, 3 -> 1;
            case 2 -> 3;
            case 4 -> 2;
            case 6 -> 4;
            default -> 0;
        };
        boolean depthFits = switch (colourType) {
            case 0 -> depth == 1 || depth == 2 || depth == 4 || depth == 8 || depth == 16;
            case 3 -> depth == 1 || depth == 2 || depth == 4 || depth == 8;
            default -> depth == 8 || depth == 16;
        };
        if (width == 0 || height == 0 || width > Integer.MAX_VALUE || height > Integer.MAX_VALUE || channels == 0
                || !depthFits || h[10] != 0 || h[11] != 0 || (h[12] != 0 && h[12] != 1)) {
            throw stop(Kind.BAD_HEADER);
        }
        if (width * height > maxPixels) {
            throw new Stop(new PictureFault(Kind.TOO_MANY_PIXELS, width, height));
        }
        rows = new PngRows(width, height, channels * depth, h[12] == 1);
    }

    private void data(int length, boolean pictureData) throws IOException, Stop {
        int left = length;
        while (left > 0) {
            int n = in.read(chunk, 0, Math.min(left, chunk.length));
            if (n < 0) {
                throw stop(Kind.ENDS_EARLY);
            }
            crc.update(chunk, 0, n);
            if (pictureData) {
                inflate(n);
            }
            left -= n;
        }
    }

    private void inflate(int n) {
        if (pending != null || inflater.finished()) {
            return;
        }
        inflater.setInput(chunk, 0, n);
        try {
            while (true) {
                int m = inflater.inflate(inflated);
                if (m > 0) {
                    if (!rows.take(inflated, m)) {
                        pending = Kind.DATA_LONG;
                        return;
                    }
                } else if (inflater.finished() || inflater.needsInput()) {
                    return;
                } else if (inflater.needsDictionary()) {
                    pending = Kind.CORRUPT;
                    return;
                }
            }
        } catch (DataFormatException e) {
            pending = Kind.CORRUPT;
        }
    }

    private void checksum() throws IOException, Stop {
        byte[] stored = in.readNBytes(4);
        if (stored.length < 4) {
            throw stop(Kind.ENDS_EARLY);
        }
        if (ByteBuffer.wrap(stored).getInt() != (int) crc.getValue()) {
            throw stop(Kind.CORRUPT);
        }
    }

    /** At IEND: the compressed data must have ended, exactly at the end of the last row. */
    private void end() throws Stop {
        if (!inflater.finished()) {
            throw stop(Kind.CORRUPT);
        }
        if (!rows.complete()) {
            throw stop(Kind.DATA_SHORT);
        }
        if (rows.badFilter()) {
            throw stop(Kind.CORRUPT);
        }
    }

    private Stop stop(Kind kind) {
        return new Stop(new PictureFault(kind, width, height));
    }
}
