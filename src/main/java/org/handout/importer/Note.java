package org.handout.importer;

import org.handout.diagnostic.Severity;

/**
 * Something the import could not carry over, or carried over in a way the author should check.
 *
 * @param line 1-based line in the new leaflet, or 0 when the place is not known
 * @param near text of the document near the problem, used to find its line when {@code line} is 0; may be null
 */
record Note(int line, Severity severity, String message, String near) {
    static Note warning(int line, String message) {
        return new Note(line, Severity.WARNING, message, null);
    }

    static Note error(int line, String message) {
        return new Note(line, Severity.ERROR, message, null);
    }

    /** A note about text of the document whose line is found once the leaflet is written. */
    static Note near(String text, Severity severity, String message) {
        return new Note(0, severity, message, text);
    }

    Note at(int newLine) {
        return new Note(newLine, severity, message, near);
    }
}
