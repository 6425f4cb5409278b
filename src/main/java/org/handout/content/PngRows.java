package org.handout.content;

/**
 * The rows a PNG's header promises — one pass, or Adam7's seven when interlaced — and a count of
 * the inflated picture data against them, checking that each row starts with a filter type (0–4).
 * Nothing is kept but counters, so a picture of any size is checked in constant memory.
 */
final class PngRows {
    private static final int[] X0 = {0, 4, 0, 2, 0, 1, 0};
    private static final int[] Y0 = {0, 0, 4, 0, 2, 0, 1};
    private static final int[] DX = {8, 8, 4, 4, 2, 2, 1};
    private static final int[] DY = {8, 8, 8, 4, 4, 2, 2};

    private final long[] rows;
    private final long[] rowLength; // the filter byte and the row's pixels
    private final long expected;
    private int pass = -1;
    private long rowsLeft;
    private long leftInRow;
    private long taken;
    private boolean badFilter;

    PngRows(long width, long height, int bitsPerPixel, boolean interlaced) {
        int passes = interlaced ? 7 : 1;
        rows = new long[passes];
        rowLength = new long[passes];
        long total = 0;
        for (int p = 0; p < passes; p++) {
            long w = interlaced ? span(width, X0[p], DX[p]) : width;
            long h = interlaced ? span(height, Y0[p], DY[p]) : height;
            rows[p] = w == 0 ? 0 : h;
            rowLength[p] = 1 + (w * bitsPerPixel + 7) / 8;
            total += rows[p] * rowLength[p];
        }
        expected = total;
    }

    private static long span(long size, int start, int step) {
        return size > start ? (size - start + step - 1) / step : 0;
    }

    /** Counts {@code n} more bytes of inflated data; false when they go beyond the last row. */
    boolean take(byte[] data, int n) {
        int i = 0;
        while (i < n) {
            if (leftInRow == 0) {
                if (!nextRow()) {
                    return false;
                }
                if ((data[i] & 0xFF) > 4) {
                    badFilter = true;
                }
                leftInRow = rowLength[pass] - 1;
                i++;
                taken++;
            } else {
                int step = (int) Math.min(leftInRow, n - i);
                leftInRow -= step;
                i += step;
                taken += step;
            }
        }
        return true;
    }

    private boolean nextRow() {
        while (rowsLeft == 0) {
            if (pass + 1 >= rows.length) {
                return false;
            }
            pass++;
            rowsLeft = rows[pass];
        }
        rowsLeft--;
        return true;
    }

    boolean complete() {
        return taken == expected;
    }

    boolean badFilter() {
        return badFilter;
    }
}
