package org.handout.diagnostic;

import java.util.List;

/**
 * Thrown by a stage that cannot go on with a leaflet; carries the diagnostics the user must see.
 * It has no stack trace to print: its message is the whole story. A {@link #usage} one means the
 * command itself cannot be carried out as given (exit status 2), and nothing was changed.
 */
public final class DiagnosticException extends Exception {
    private final List<Diagnostic> diagnostics;
    private final boolean usage;

    public DiagnosticException(List<Diagnostic> diagnostics) {
        this(diagnostics, false);
    }

    public DiagnosticException(Diagnostic diagnostic) {
        this(List.of(diagnostic));
    }

    private DiagnosticException(List<Diagnostic> diagnostics, boolean usage) {
        super(diagnostics.isEmpty() ? "failed" : diagnostics.get(0).toString(), null, false, false);
        this.diagnostics = List.copyOf(diagnostics);
        this.usage = usage;
    }

    /** The command cannot be carried out as given: a wrong option, an output folder handout may not use. */
    public static DiagnosticException usage(Diagnostic diagnostic) {
        return new DiagnosticException(List.of(diagnostic), true);
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    public boolean isUsage() {
        return usage;
    }
}
