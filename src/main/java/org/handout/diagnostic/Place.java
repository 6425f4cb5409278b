package org.handout.diagnostic;

/**
 * Where a value was written, so a later stage that rejects it points there: the leaflet's front
 * matter, or {@code handout.yaml} when the leaflet took the project's default.
 *
 * @param line   1-based line, or 0 when unknown
 * @param column 1-based column, or 0 when unknown
 */
public record Place(String file, int line, int column) {
    public Diagnostic error(String message) {
        return Diagnostic.error(file, line, column, message);
    }

    public Diagnostic warning(String message) {
        return Diagnostic.warning(file, line, column, message);
    }
}
