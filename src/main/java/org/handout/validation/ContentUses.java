package org.handout.validation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import org.handout.diagnostic.DiagnosticException;
import org.verapdf.as.io.ASInputStream;

/**
 * Reads the drawing instructions of a content stream (a page, a drawing, a pattern, a Type 3 glyph) as
 * they stream out of veraPDF's filters, and reports each use of a named resource that has drawing
 * instructions of its own: {@code /X Do} (an XObject), {@code /P scn} (a pattern), {@code /G gs} (a
 * graphics state, whose soft mask is a drawing) and {@code /F Tf} (a font, perhaps Type 3). It holds one
 * token at a time, so a content stream of any size costs only the time to read it. Strings, comments and
 * inline image data are skipped, so a "Do" inside them is not counted.
 */
final class ContentUses {

    /** The kinds of resource whose use can draw more instructions. */
    enum Kind { XOBJECT, PATTERN, GRAPHICS_STATE, FONT }

    /** Told of each use, in order. */
    interface Listener {
        void use(Kind kind, String name) throws DiagnosticException;
    }

    private static final int BUFFER = 64 * 1024;
    private static final int LONGEST_NAME = 127;
    private static final int EMPTY_READS = 1000;

    private final Iterator<ASInputStream> streams;
    private final long cap;
    private final byte[] buffer = new byte[BUFFER];
    private ASInputStream current;
    private int position;
    private int length;
    private long read;

    private ContentUses(Iterator<ASInputStream> streams, long cap) {
        this.streams = streams;
        this.cap = cap;
    }

    /**
     * Reads the streams as one (a page's {@code /Contents} may be split anywhere) and returns how many bytes
     * they unpack to, stopping once past {@code cap}.
     */
    static long scan(Iterator<ASInputStream> streams, long cap, Listener listener)
            throws IOException, DiagnosticException {
        ContentUses scanner = new ContentUses(streams, cap);
        try {
            scanner.run(listener);
        } finally {
            if (scanner.current != null) {
                scanner.current.close();
            }
        }
        return scanner.read;
    }

    private void run(Listener listener) throws IOException, DiagnosticException {
        String lastName = null;
        StringBuilder token = new StringBuilder();
        for (int c = next(); c >= 0 && read <= cap; c = next()) {
            switch (c) {
                case '%' -> skipLine();
                case '(' -> skipString();
                case '<' -> {
                    if (peek() == '<') {
                        next();
                    } else {
                        skipTo('>');
                    }
                }
                case '/' -> lastName = name();
                case ')', '>', '[', ']', '{', '}' -> {
                }
                default -> {
                    if (isWhite(c)) {
                        continue;
                    }
                    regular(c, token);
                    if (isNumber(token)) {
                        continue;
                    }
                    Kind kind = kindOf(token);
                    if (kind != null && lastName != null) {
                        listener.use(kind, lastName);
                    } else if (token.toString().equals("BI")) {
                        skipInlineImage(token);
                    }
                    lastName = null;
                }
            }
        }
    }

    private static Kind kindOf(CharSequence operator) {
        return switch (operator.toString()) {
            case "Do" -> Kind.XOBJECT;
            case "scn", "SCN" -> Kind.PATTERN;
            case "gs" -> Kind.GRAPHICS_STATE;
            case "Tf" -> Kind.FONT;
            default -> null;
        };
    }

    /** {@code BI /W 10 ... ID <binary> EI}: the binary part may hold any bytes, so look for "EI" alone. */
    private void skipInlineImage(StringBuilder token) throws IOException {
        for (int c = next(); c >= 0; c = next()) {
            if (c == '(') {
                skipString();
            } else if (!isWhite(c) && !isDelimiter(c)) {
                regular(c, token);
                if (token.toString().equals("ID")) {
                    break;
                }
            }
        }
        next(); // the one white-space byte after ID
        int before = ' ';
        for (int c = next(); c >= 0; c = next()) {
            if (isWhite(before) && c == 'E' && peek() == 'I') {
                next();
                int after = peek();
                if (after < 0 || isWhite(after) || isDelimiter(after)) {
                    return;
                }
            }
            before = c;
        }
    }

    private String name() throws IOException {
        byte[] bytes = new byte[LONGEST_NAME];
        int n = 0;
        while (peek() >= 0 && !isWhite(peek()) && !isDelimiter(peek())) {
            int c = next();
            if (c == '#' && hex(peek()) >= 0) {
                int high = hex(next());
                int low = hex(peek());
                c = low >= 0 ? (high << 4) | hex(next()) : high;
            }
            if (n < bytes.length) {
                bytes[n++] = (byte) c;
            }
        }
        return new String(bytes, 0, n, StandardCharsets.ISO_8859_1);
    }

    private void regular(int first, StringBuilder token) throws IOException {
        token.setLength(0);
        token.append((char) first);
        while (peek() >= 0 && !isWhite(peek()) && !isDelimiter(peek())) {
            int c = next();
            if (token.length() < 4) {
                token.append((char) c);
            }
        }
    }

    private static boolean isNumber(CharSequence token) {
        char c = token.charAt(0);
        return c == '+' || c == '-' || c == '.' || (c >= '0' && c <= '9');
    }

    /** {@code (a (nested) string \) with escapes)}. */
    private void skipString() throws IOException {
        int depth = 1;
        for (int c = next(); c >= 0; c = next()) {
            if (c == '\\') {
                next();
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return;
            }
        }
    }

    private void skipLine() throws IOException {
        for (int c = peek(); c >= 0 && c != '\n' && c != '\r'; c = peek()) {
            next();
        }
    }

    private void skipTo(int end) throws IOException {
        for (int c = next(); c >= 0 && c != end; c = next()) {
            // skip
        }
    }

    private static int hex(int c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        int lower = c | 0x20;
        return lower >= 'a' && lower <= 'f' ? lower - 'a' + 10 : -1;
    }

    private static boolean isWhite(int c) {
        return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == 0;
    }

    private static boolean isDelimiter(int c) {
        return c == '(' || c == ')' || c == '<' || c == '>' || c == '[' || c == ']' || c == '{' || c == '}'
                || c == '/' || c == '%';
    }

    private int next() throws IOException {
        int c = peek();
        if (c >= 0) {
            position++;
        }
        return c;
    }

    private int peek() throws IOException {
        while (position == length) {
            if (read > cap || !fill()) {
                return -1;
            }
        }
        return buffer[position] & 0xFF;
    }

    /** The next bytes of this stream, or of the next stream; false at the end of the last. */
    private boolean fill() throws IOException {
        int empty = 0;
        while (true) {
            if (current == null) {
                if (!streams.hasNext()) {
                    return false;
                }
                current = streams.next();
                if (current == null) {
                    continue;
                }
            }
            int n = current.read(buffer, buffer.length);
            if (n > 0) {
                position = 0;
                length = n;
                read += n;
                return true;
            }
            if (n < 0 || ++empty >= EMPTY_READS) {
                current.close();
                current = null;
                empty = 0;
            }
        }
    }
}
