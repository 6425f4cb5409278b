package org.handout.diagnostic;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The order an author fixes problems in: file by file (in the order the files first come up), then by
 * line and column, so the messages from every stage read top to bottom like the file.
 */
public final class FileOrder {
    private FileOrder() {
    }

    /** The diagnostics sorted; those at the same place keep their order. */
    public static List<Diagnostic> sorted(List<Diagnostic> diagnostics) {
        Map<String, Integer> files = new HashMap<>();
        diagnostics.forEach(d -> files.putIfAbsent(d.file(), files.size()));
        List<Diagnostic> sorted = new ArrayList<>(diagnostics);
        sorted.sort(Comparator.<Diagnostic>comparingInt(d -> files.get(d.file()))
                .thenComparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column));
        return List.copyOf(sorted);
    }

    /** Two lists merged into one, sorted. */
    public static List<Diagnostic> merged(List<Diagnostic> first, List<Diagnostic> second) {
        List<Diagnostic> all = new ArrayList<>(first);
        all.addAll(second);
        return sorted(all);
    }
}
