package org.handout.importer;

/**
 * How much one import may read, so that a hostile or broken file costs bounded time and memory. The
 * numbers are in docs/import.md; each is far above a real leaflet (the largest sample Word leaflet is
 * a few hundred kilobytes with a handful of pictures).
 */
final class ImportLimits {
    /** A Word file on disk. */
    static final long FILE_BYTES = 50L * 1024 * 1024;
    /** A web page on disk (a real one is well under 1 MB; its DOM takes several times its size). */
    static final long PAGE_BYTES = 5L * 1024 * 1024;
    /** Parts inside a Word file (a leaflet has a few dozen). */
    static final int ZIP_ENTRIES = 2_000;
    /** One part of a Word file, unpacked. */
    static final long ZIP_ENTRY_BYTES = 50L * 1024 * 1024;
    /** All parts of a Word file together, unpacked. */
    static final long ZIP_TOTAL_BYTES = 150L * 1024 * 1024;
    /** How much more a part may unpack to than it takes packed (text packs about 10:1), past its first megabyte. */
    static final long ZIP_RATIO = 200;
    /** Pictures in one document. */
    static final int PICTURES = 100;
    /** One picture. */
    static final long PICTURE_BYTES = 20L * 1024 * 1024;
    /** Columns or rows one merged table cell may cover. */
    static final int TABLE_SPAN = 50;
    /** Notes of one kind (coloured text…) listed one by one before the rest are counted. */
    static final int NOTES_OF_A_KIND = 5;

    private ImportLimits() {
    }
}
