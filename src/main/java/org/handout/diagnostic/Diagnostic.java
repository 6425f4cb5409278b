package org.handout.diagnostic;

import java.util.Objects;

/**
 * One thing wrong with one input, at a place its author can find: every stage reports through this
 * value, so every message reads the same way, {@code content/nurse.md:12:5: error: ...}.
 *
 * @param file   the file as the user knows it, relative to the project ({@code content/nurse.md})
 * @param line   1-based line, or 0 when unknown
 * @param column 1-based column, or 0 when unknown
 */
public record Diagnostic(String file, int line, int column, Severity severity, String message) {

    public Diagnostic {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("line and column are 1-based, or 0 when unknown");
        }
    }

    public static Diagnostic error(String file, int line, int column, String message) {
        return new Diagnostic(file, line, column, Severity.ERROR, message);
    }

    public static Diagnostic error(String file, String message) {
        return error(file, 0, 0, message);
    }

    public static Diagnostic warning(String file, int line, int column, String message) {
        return new Diagnostic(file, line, column, Severity.WARNING, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code file:line:column: severity: message}, leaving out the parts that are not known. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(file);
        if (line > 0) {
            s.append(':').append(line);
            if (column > 0) {
                s.append(':').append(column);
            }
        }
        return s.append(": ").append(severity.word()).append(": ").append(message).toString();
    }
}
