package org.handout.validation;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.verapdf.as.io.ASInputStream;
import org.verapdf.cos.COSObject;
import org.verapdf.cos.COSStream;

/**
 * How many bytes a stream unpacks to, measured by unpacking it through veraPDF's own filters (so the
 * figure is what veraPDF itself would read) and stopping one byte past a cap: a stream that inflates to
 * gigabytes costs only the cap. A stream veraPDF cannot unpack counts what it gave before failing;
 * veraPDF reports the damage itself.
 *
 * @param size the unpacked size, or a little more than the cap when it is over the cap
 * @param pdf  whether it starts like a PDF (an attached file veraPDF will check as one)
 */
record Unpacked(long size, boolean pdf) {

    private static final int BUFFER = 64 * 1024;
    /** veraPDF's inflater may return 0 bytes while it refills; this many in a row means it is stuck. */
    private static final int EMPTY_READS = 1000;

    static Unpacked of(COSObject stream, long cap) {
        try {
            return copy(stream, cap, OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw new IllegalStateException(e); // the null stream does not fail
        }
    }

    /** Unpacks the stream into {@code out} as well, up to the cap. */
    static Unpacked copy(COSObject stream, long cap, OutputStream out) throws IOException {
        long total = 0;
        byte[] head = null;
        try (ASInputStream in = stream.getData(COSStream.FilterFlags.DECODE)) {
            if (in == null) {
                return new Unpacked(0, false);
            }
            byte[] buffer = new byte[BUFFER];
            int empty = 0;
            while (total <= cap && empty < EMPTY_READS) {
                int read;
                try {
                    read = in.read(buffer, buffer.length);
                } catch (IOException | RuntimeException e) {
                    break; // damaged compressed data: veraPDF reads no further than this either, and reports it
                }
                if (read < 0) {
                    break;
                }
                if (head == null && read > 0) {
                    head = java.util.Arrays.copyOf(buffer, Math.min(read, PdfFileCheck.HEADER_WINDOW));
                }
                empty = read == 0 ? empty + 1 : 0;
                out.write(buffer, 0, read);
                total += read;
            }
        } catch (IOException e) {
            // closing a damaged stream: what was read stands
        }
        boolean pdf = head != null && new String(head, StandardCharsets.ISO_8859_1).contains("%PDF-");
        return new Unpacked(total, pdf);
    }
}
