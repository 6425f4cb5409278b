package org.handout.content;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.handout.diagnostic.Diagnostic;
import org.handout.diagnostic.DiagnosticException;
import org.handout.model.Position;

/**
 * The diagnostics found in one file so far: all its errors are reported, not just the first. Every
 * message is made printable ({@link RefusedCharacters#printable}), since many quote the leaflet.
 */
final class Problems {
    /** How many refused characters are listed one by one; a pasted blob of control codes is not a thousand errors. */
    static final int MAX_CHARACTER_ERRORS = 10;
    private final String file;
    private final List<Diagnostic> errors = new ArrayList<>();
    private final List<Diagnostic> warnings = new ArrayList<>();
    private int characterErrors;
    private Position firstUnlisted;

    Problems(String file) {
        this.file = file;
    }

    String file() {
        return file;
    }

    void error(int line, int column, String message) {
        errors.add(Diagnostic.error(file, line, column, RefusedCharacters.printable(message)));
    }

    /** A refused character: the first {@value #MAX_CHARACTER_ERRORS} are listed, the rest counted. */
    void characterError(Position at, String message) {
        if (++characterErrors <= MAX_CHARACTER_ERRORS) {
            error(at, message);
        } else if (firstUnlisted == null) {
            firstUnlisted = at;
        }
    }

    void error(Position at, String message) {
        error(at.line(), at.column(), message);
    }

    void warning(Position at, String message) {
        warnings.add(Diagnostic.warning(file, at.line(), at.column(), RefusedCharacters.printable(message)));
    }

    boolean hasErrors() {
        return !errors.isEmpty();
    }

    List<Diagnostic> warnings() {
        return List.copyOf(warnings);
    }

    int errorCount() {
        return errors.size();
    }

    /** Every error so far, in file order, with the count of refused characters not listed. */
    List<Diagnostic> errors() {
        if (firstUnlisted != null) {
            int unlisted = characterErrors - MAX_CHARACTER_ERRORS;
            error(firstUnlisted, String.format(java.util.Locale.ROOT, "%,d more characters that cannot be printed"
                    + " from here on, not listed one by one — remove them too (an editor's \"show invisibles\""
                    + " finds them)", unlisted));
            firstUnlisted = null;
        }
        List<Diagnostic> inFileOrder = new ArrayList<>(errors);
        inFileOrder.sort(Comparator.comparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column));
        return inFileOrder;
    }

    /** Stops here if anything was wrong. */
    void throwIfAny() throws DiagnosticException {
        List<Diagnostic> found = errors();
        if (!found.isEmpty()) {
            throw new DiagnosticException(found);
        }
    }
}
