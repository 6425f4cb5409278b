package org.handout.validation;

/**
 * How much of a PDF {@code handout validate} takes on, so that any file, however made, is answered in
 * bounded time and memory. veraPDF builds its whole model of a file at once and parses a drawing again
 * each time it is used, so a file of a few kilobytes can ask it for gigabytes and hours (a page tree
 * or tag tree that reuses its branches, a drawing that draws another ten times, seven levels deep; a
 * stream that unpacks to gigabytes). Each limit is checked before veraPDF starts, and each is four or more
 * times what the largest real leaflet needs (a 371-page, 10,000-row table: 5.4 MB, 32 MB unpacked, 15 MB
 * of drawing instructions, 90,000 entries in its tag tree).
 *
 * @param maxFileBytes     the file's size, checked before it is opened
 * @param maxPages         pages, each counted as often as the page tree reaches it
 * @param maxStreamBytes   what any one compressed part other than a picture may unpack to: veraPDF reads
 *                         fonts, metadata and colour profiles whole
 * @param maxUnpackedBytes what all compressed parts other than pictures may unpack to together
 * @param maxPictureBytes  what any one picture may unpack to
 * @param maxPicturesBytes what all pictures may unpack to together
 * @param maxDrawnBytes    the pages' drawing instructions, with a drawing used twice counted twice (veraPDF
 *                         parses it each time) and each use of a drawing costing at least
 *                         {@link #DRAWING_USE_BYTES}
 * @param maxTreeEntries   the tags (structure elements), and the entries of any other tree (lists of names,
 *                         page labels, form fields), each counted as often as its tree reaches it
 */
record ValidationLimits(long maxFileBytes, int maxPages, long maxStreamBytes, long maxUnpackedBytes,
        long maxPictureBytes, long maxPicturesBytes, long maxDrawnBytes, int maxTreeEntries) {

    /** What one use of a drawing costs veraPDF even when it is empty, in drawing-instruction bytes. */
    static final long DRAWING_USE_BYTES = 1024;

    /** The limits {@code handout validate} uses, documented in docs/errors.md, under handout validate. */
    static final ValidationLimits DEFAULT = new ValidationLimits(
            100L << 20, 10_000, 32L << 20, 256L << 20, 256L << 20, 2L << 30, 64L << 20, 500_000);

    ValidationLimits {
        if (maxFileBytes < 1 || maxPages < 1 || maxStreamBytes < 1 || maxUnpackedBytes < 1 || maxPictureBytes < 1
                || maxPicturesBytes < 1 || maxDrawnBytes < 1 || maxTreeEntries < 1) {
            throw new IllegalArgumentException("every limit is at least 1");
        }
    }
}
