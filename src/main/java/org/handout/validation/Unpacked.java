package org.handout.validation;

import java.io.IOException;
import org.verapdf.as.io.ASInputStream;
import org.verapdf.cos.COSObject;
import org.verapdf.cos.COSStream;

/**
 * How many bytes a stream unpacks to, measured by unpacking it through veraPDF's own filters (so the
 * figure is what veraPDF itself would read) and stopping one byte past a cap: a stream that inflates to
 * gigabytes costs only the cap. A stream veraPDF cannot unpack counts what it gave before failing;
 * veraPDF reports the damage itself.
 */
final class Unpacked {

    private static final int BUFFER = 64 * 1024;
    /** veraPDF's inflater may return 0 bytes while it refills; this many in a row means it is stuck. */
    private static final int EMPTY_READS = 1000;

    private Unpacked() {
    }

    /** The unpacked size, or {@code cap + 1} or a little more when it is over the cap. */
    static long size(COSObject stream, long cap) {
        long total = 0;
        try (ASInputStream in = stream.getData(COSStream.FilterFlags.DECODE)) {
            if (in == null) {
                return 0;
            }
            byte[] buffer = new byte[BUFFER];
            int empty = 0;
            while (total <= cap && empty < EMPTY_READS) {
                int read = in.read(buffer, buffer.length);
                if (read < 0) {
                    break;
                }
                empty = read == 0 ? empty + 1 : 0;
                total += read;
            }
        } catch (IOException | RuntimeException e) {
            // Damaged compressed data: veraPDF reads no further than this either, and reports it.
        }
        return total;
    }
}
