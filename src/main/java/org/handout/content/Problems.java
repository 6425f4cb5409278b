package org.handout.content;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.handout.diagnostic.Diagnostic;
import org.handout.diagnostic.DiagnosticException;
import org.handout.model.Position;

/** The diagnostics found in one file so far: all its errors are reported, not just the first. */
final class Problems {
    private final String file;
    private final List<Diagnostic> errors = new ArrayList<>();
    private final List<Diagnostic> warnings = new ArrayList<>();

    Problems(String file) {
        this.file = file;
    }

    String file() {
        return file;
    }

    void error(int line, int column, String message) {
        errors.add(Diagnostic.error(file, line, column, message));
    }

    void error(Position at, String message) {
        error(at.line(), at.column(), message);
    }

    void warning(Position at, String message) {
        warnings.add(Diagnostic.warning(file, at.line(), at.column(), message));
    }

    boolean hasErrors() {
        return !errors.isEmpty();
    }

    List<Diagnostic> warnings() {
        return List.copyOf(warnings);
    }

    /** Stops here if anything was wrong. */
    void throwIfAny() throws DiagnosticException {
        if (!errors.isEmpty()) {
            List<Diagnostic> inFileOrder = new ArrayList<>(errors);
            inFileOrder.sort(Comparator.comparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column));
            throw new DiagnosticException(inFileOrder);
        }
    }
}
