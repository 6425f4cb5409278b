package org.handout.diagnostic;

import java.util.List;

/**
 * Thrown by a stage that cannot go on with a leaflet; carries the diagnostics the user must see.
 * It has no stack trace to print: its message is the whole story.
 */
public final class DiagnosticException extends Exception {
    private final List<Diagnostic> diagnostics;

    public DiagnosticException(List<Diagnostic> diagnostics) {
        super(diagnostics.isEmpty() ? "failed" : diagnostics.get(0).toString(), null, false, false);
        this.diagnostics = List.copyOf(diagnostics);
    }

    public DiagnosticException(Diagnostic diagnostic) {
        this(List.of(diagnostic));
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }
}
