package org.handout.content;

import java.util.Locale;

/**
 * What is wrong with a picture file, found while reading it: the layout engine would leave such a
 * picture out of the PDF (alt text and all) or print a grey box, and validation cannot see that.
 *
 * @param width  the width its header gives, in pixels (0 when the header could not be read)
 * @param height the height its header gives, in pixels
 */
record PictureFault(Kind kind, long width, long height) {
    private static final String SAVE_AGAIN = " — save it again from the program that made it";
    /** As wide as a picture across A4's text (about 170 mm) needs at 300 dpi. */
    private static final int PRINT_WIDTH = 2000;

    enum Kind {
        /** The file stops before the end of the picture's data: a failed download or copy. */
        ENDS_EARLY,
        /** Bytes of the picture were changed: a checksum fails or the data cannot be decoded. */
        CORRUPT,
        /** The header cannot be read or gives impossible values. */
        BAD_HEADER,
        /** The data ends before the pixels the header promises (a lying header, or data that lost its way). */
        DATA_SHORT,
        /** The data goes on after the pixels the header promises. */
        DATA_LONG,
        /** More pixels than {@link PictureCheck#MAX_PIXELS}: refused from the header, before decoding. */
        TOO_MANY_PIXELS,
        /** A JPEG process the layout engine cannot decode (lossless, arithmetic-coded, 12-bit). */
        UNSUPPORTED
    }

    static PictureFault of(Kind kind) {
        return new PictureFault(kind, 0, 0);
    }

    /** The message after {@code FILE:LINE:COL: error: }; {@code noun} is "picture" or "logo". */
    String message(String noun, String src) {
        String picture = "the " + noun + " \"" + src + "\"";
        return switch (kind) {
            case ENDS_EARLY -> picture + " is damaged (the file ends before the picture does)" + SAVE_AGAIN;
            case CORRUPT -> picture + " is damaged (part of its picture data is corrupt)" + SAVE_AGAIN;
            case BAD_HEADER -> picture + " is damaged (its header cannot be read)" + SAVE_AGAIN;
            case DATA_SHORT -> picture + " is damaged (its picture data ends before the " + size() + " pixels its"
                    + " header gives)" + SAVE_AGAIN;
            case DATA_LONG -> picture + " is damaged (its picture data goes on past the " + size() + " pixels its"
                    + " header gives)" + SAVE_AGAIN;
            case TOO_MANY_PIXELS -> picture + " is " + size() + " pixels (" + megapixels() + " megapixels); handout"
                    + " takes pictures of up to " + PictureCheck.MAX_PIXELS / 1_000_000 + " megapixels — make a copy"
                    + " at most " + widthThatFits() + " pixels wide" + (widthThatFits() > PRINT_WIDTH
                            ? " (" + PRINT_WIDTH + " pixels wide is plenty for print)" : "");
            case UNSUPPORTED -> picture + " is a kind of JPEG handout cannot print (lossless, arithmetic-coded or"
                    + " 12-bit) — save it again as an ordinary JPEG, or as a PNG";
        };
    }

    private String size() {
        return width + " × " + height;
    }

    private String megapixels() {
        double mp = width * (double) height / 1e6;
        return mp >= 100 ? String.format(Locale.ROOT, "%.0f", mp) : String.format(Locale.ROOT, "%.1f", mp);
    }

    /** The widest copy of the same shape, its height rounded up, that is within the limit. */
    long widthThatFits() {
        long w = (long) Math.floor(Math.sqrt((double) PictureCheck.MAX_PIXELS * width / height));
        while (w > 1 && w * ceilDiv(w * height, width) > PictureCheck.MAX_PIXELS) {
            w--;
        }
        return Math.max(1, w);
    }

    private static long ceilDiv(long a, long b) {
        return (a + b - 1) / b;
    }
}
