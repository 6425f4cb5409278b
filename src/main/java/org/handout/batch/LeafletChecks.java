package org.handout.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.handout.content.LeafletReader;
import org.handout.content.ReadResult;
import org.handout.content.SourceFile;
import org.handout.diagnostic.Diagnostic;
import org.handout.diagnostic.DiagnosticException;
import org.handout.diagnostic.FileOrder;
import org.handout.diagnostic.Severity;
import org.handout.lint.Lint;
import org.handout.model.Leaflet;
import org.handout.pdf.UndrawableCharacters;

/**
 * Everything handout checks before it renders: the file and its front matter, its template and
 * variants, the body, the characters the fonts can draw, and the authoring lint. {@code handout
 * check} runs only this; {@code handout build} runs it first, so the two refuse the same leaflets.
 * Every check runs on what could be read, even when an earlier one found errors, so one run reports
 * all of a file's problems. With {@code strict}, every warning counts as an error.
 */
final class LeafletChecks {
    /**
     * A leaflet as checked, with everything found, each list in file order.
     *
     * @param variants null when they could not be worked out; when the leaflet has errors, those it
     *                 would have been built in (to name the PDFs an earlier build left)
     */
    record Checked(Leaflet leaflet, Variants.Chosen variants, List<Diagnostic> errors, List<Diagnostic> warnings) {
        Checked {
            errors = FileOrder.sorted(errors);
            warnings = FileOrder.sorted(warnings);
        }

        boolean passed() {
            return errors.isEmpty();
        }
    }

    private final LeafletReader reader;
    private final Variants variants;
    private final UndrawableCharacters undrawable;
    private final Lint lint;
    private final boolean strict;

    LeafletChecks(LeafletReader reader, Variants variants, UndrawableCharacters undrawable, Lint lint,
            boolean strict) {
        this.reader = reader;
        this.variants = variants;
        this.undrawable = undrawable;
        this.lint = lint;
        this.strict = strict;
    }

    /** @throws DiagnosticException only when there is no leaflet to check (the file cannot be read) */
    Checked check(SourceFile source) throws DiagnosticException {
        ReadResult read = reader.readAll(source);
        Leaflet leaflet = read.leaflet();
        List<Diagnostic> errors = new ArrayList<>(read.errors());
        Variants.Chosen chosen = null;
        try {
            chosen = variants.of(leaflet);
        } catch (DiagnosticException e) {
            errors.addAll(e.diagnostics());
        }
        errors.addAll(elsewhere(undrawable.find(leaflet), errors));
        List<Diagnostic> warnings = new ArrayList<>(read.warnings());
        warnings.addAll(lint.check(leaflet));
        if (strict) {
            warnings.stream()
                    .map(w -> new Diagnostic(w.file(), w.line(), w.column(), Severity.ERROR, w.message() + " (--strict)"))
                    .forEach(errors::add);
            warnings.clear();
        }
        return new Checked(leaflet, chosen, errors, warnings);
    }

    /**
     * The found diagnostics not at a place that already has an error: a character the reader refuses
     * (a control code, a noncharacter) is not also named as one the fonts cannot draw.
     */
    private static List<Diagnostic> elsewhere(List<Diagnostic> found, List<Diagnostic> errors) {
        Set<String> taken = errors.stream().filter(e -> e.line() > 0)
                .map(e -> e.file() + ":" + e.line() + ":" + e.column()).collect(Collectors.toSet());
        return found.stream().filter(d -> !taken.contains(d.file() + ":" + d.line() + ":" + d.column())).toList();
    }
}
