package org.handout.content;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.FileImageInputStream;
import javax.imageio.stream.ImageInputStream;
import org.handout.content.PictureFault.Kind;

/**
 * Decodes a JPEG or GIF file through the same ImageIO decoders the layout engine uses, every row of
 * it, keeping only every n-th pixel: memory stays under a megabyte whatever the picture's size, yet
 * every byte of its data is decoded. The pixel limit is checked from the header first. The decoders'
 * warnings count as faults, because libjpeg only warns about a cut-short or corrupt file (and fills
 * the rest with grey). The file is read through a {@link FileImageInputStream}, which never makes a
 * temporary cache file.
 */
final class DecoderCheck {
    /** The largest side of the subsampled copy kept while decoding. */
    private static final int KEPT = 256;

    private DecoderCheck() {
    }

    static Optional<PictureFault> check(Path file, PictureFormat format, long maxPixels) throws IOException {
        List<String> warnings = new ArrayList<>();
        long width = 0;
        long height = 0;
        try (ImageInputStream in = new FileImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format.name().toLowerCase(Locale.ROOT));
            if (!readers.hasNext()) {
                return Optional.of(PictureFault.of(Kind.UNSUPPORTED));
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
                width = reader.getWidth(0);
                height = reader.getHeight(0);
                if (width * height > maxPixels) {
                    return Optional.of(new PictureFault(Kind.TOO_MANY_PIXELS, width, height));
                }
                ImageReadParam param = reader.getDefaultReadParam();
                int step = (int) Math.max(1, (Math.max(width, height) + KEPT - 1) / KEPT);
                param.setSourceSubsampling(step, step, 0, 0);
                if (reader.canReadRaster()) {
                    reader.readRaster(0, param); // no colour conversion: a CMYK JPEG is read as it is printed
                } else {
                    reader.read(0, param);
                }
            } catch (IOException | RuntimeException e) {
                return Optional.of(fault(file, format, warnings, e, width, height));
            } finally {
                reader.dispose();
            }
        }
        return warnings.isEmpty() ? Optional.empty() : Optional.of(fault(file, format, warnings, null, width, height));
    }

    /** What the decoder's messages (libjpeg's for a JPEG) say is wrong, most telling first. */
    private static PictureFault fault(Path file, PictureFormat format, List<String> warnings, Exception failure,
            long width, long height) throws IOException {
        String error = failure == null || failure.getMessage() == null ? "" : failure.getMessage();
        Kind kind;
        if (error.contains("Unsupported JPEG process") || error.contains("data precision")
                || error.contains("arithmetic")) {
            kind = Kind.UNSUPPORTED;
        } else if (said(warnings, "Missing EOI") || said(warnings, "Premature end of JPEG file")
                || (failure != null && !endsWithItsEndMarker(file, format))) {
            kind = Kind.ENDS_EARLY;
        } else if (failure != null) {
            kind = width == 0 ? Kind.BAD_HEADER : Kind.CORRUPT;
        } else if (said(warnings, "premature end of data segment")) {
            kind = Kind.DATA_SHORT; // the entropy-coded data ran into the end marker before the last row
        } else if (said(warnings, "extraneous bytes before marker 0xd9")) {
            kind = Kind.DATA_LONG; // data left over after the last row
        } else {
            kind = Kind.CORRUPT;
        }
        return new PictureFault(kind, width, height);
    }

    private static boolean said(List<String> warnings, String text) {
        return warnings.stream().anyMatch(w -> w.contains(text));
    }

    /** Whether the file's last bytes are its format's end marker: JPEG's EOI, GIF's trailer. */
    private static boolean endsWithItsEndMarker(Path file, PictureFormat format) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "r")) {
            long length = f.length();
            if (length < 2) {
                return false;
            }
            f.seek(length - 2);
            int a = f.read();
            int b = f.read();
            return format == PictureFormat.JPEG ? a == 0xFF && b == 0xD9 : b == 0x3B;
        }
    }
}
