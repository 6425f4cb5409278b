package org.handout.content;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.handout.diagnostic.Diagnostic;
import org.handout.diagnostic.DiagnosticException;

/**
 * Turns a file's bytes into text: strict UTF-8 (never a guessed encoding; UTF-16 is named as such,
 * not decoded), a byte-order mark dropped, Windows and old Mac line endings made {@code \n} so that
 * lines count the same everywhere.
 */
final class SourceText {
    /** How many two-byte pairs at the start are looked at to tell UTF-16 without a byte-order mark. */
    private static final int UTF16_PAIRS = 8;

    private SourceText() {
    }

    static String decode(String file, byte[] bytes) throws DiagnosticException {
        if (bytes.length == 0) {
            throw new DiagnosticException(Diagnostic.error(file, "the file is empty — a leaflet starts with"
                    + " front matter between two --- lines (see the content format)"));
        }
        if (isUtf16(bytes)) {
            // Not decoded on purpose: leaflets are UTF-8, and a guessed encoding would be a second format.
            throw new DiagnosticException(Diagnostic.error(file, 1, 1, "this file is saved as UTF-16, not UTF-8 —"
                    + " in your editor choose Save As and the encoding \"UTF-8\""));
        }
        int start = hasBom(bytes) ? 3 : 0;
        for (int i = start; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new DiagnosticException(Diagnostic.error(file, lineOf(bytes, i), 0,
                        "this is a binary file, not text (a NUL byte at offset " + i + ") — leaflets are UTF-8"
                                + " Markdown files"));
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int offset = in.position();
            throw new DiagnosticException(Diagnostic.error(file, lineOf(bytes, offset), columnOf(bytes, offset),
                    String.format("not valid UTF-8: byte 0x%02X at offset %d — save the file as UTF-8 (in most"
                            + " editors: Save As, Encoding: UTF-8)", bytes[offset] & 0xFF, offset)));
        }
        decoder.flush(out);
        out.flip();
        return out.toString().replace("\r\n", "\n").replace('\r', '\n');
    }

    private static boolean hasBom(byte[] b) {
        return b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
    }

    /**
     * A UTF-16 byte-order mark (Windows Notepad's "Unicode" adds FF FE), or, without one, ASCII text
     * with a NUL byte at every other position in the first bytes: UTF-8 text never has either, and
     * without this the author would be told the file is binary.
     */
    private static boolean isUtf16(byte[] b) {
        if (b.length >= 2 && ((b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE
                || (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF)) {
            return true;
        }
        int pairs = Math.min(b.length / 2, UTF16_PAIRS);
        return pairs >= 2 && (asciiWithNuls(b, pairs, 0) || asciiWithNuls(b, pairs, 1));
    }

    /** Whether each of the first pairs of bytes is an ASCII character and a NUL, the NUL at {@code nul}. */
    private static boolean asciiWithNuls(byte[] b, int pairs, int nul) {
        for (int i = 0; i < pairs; i++) {
            byte zero = b[2 * i + nul];
            byte ascii = b[2 * i + 1 - nul];
            if (zero != 0 || ascii <= 0) {
                return false;
            }
        }
        return true;
    }

    private static int lineOf(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    /** 1-based column in characters, counting the valid UTF-8 before the offset on its line. */
    private static int columnOf(byte[] bytes, int offset) {
        int lineStart = offset;
        while (lineStart > 0 && bytes[lineStart - 1] != '\n') {
            lineStart--;
        }
        int column = 1;
        for (int i = lineStart; i < offset; i++) {
            if ((bytes[i] & 0xC0) != 0x80) {
                column++;
            }
        }
        return column;
    }
}
