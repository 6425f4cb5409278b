package org.handout.batch;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.handout.content.LeafletReader;
import org.handout.content.ReadResult;
import org.handout.content.SourceFile;
import org.handout.diagnostic.Diagnostic;
import org.handout.diagnostic.DiagnosticException;
import org.handout.diagnostic.Severity;
import org.handout.lint.Lint;
import org.handout.model.Leaflet;
import org.handout.pdf.UndrawableCharacters;
import org.handout.report.LeafletResult;

/**
 * Everything handout checks before it renders: the file and its front matter, its template and
 * variants, the body, the characters the fonts can draw, and the authoring lint. {@code handout
 * check} runs only this; {@code handout build} runs it first, so the two refuse the same leaflets.
 * With {@code strict}, every warning counts as an error.
 */
final class LeafletChecks {
    /** A leaflet that passed the checks, the variants it is built in, and the warnings it drew. */
    record Checked(Leaflet leaflet, Variants.Chosen variants, List<Diagnostic> warnings) {
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

    /**
     * Every check on one leaflet. When any fails, the exception lists every error and then every warning
     * found, so that one run names all there is to fix: {@link #failed} sorts them apart again.
     */
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
        errors.addAll(undrawable.find(leaflet));
        List<Diagnostic> warnings = new ArrayList<>(read.warnings());
        warnings.addAll(lint.check(leaflet));
        if (strict) {
            errors.addAll(warnings.stream()
                    .map(w -> new Diagnostic(w.file(), w.line(), w.column(), Severity.ERROR, w.message() + " (--strict)"))
                    .toList());
            warnings.clear();
        }
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column));
            List<Diagnostic> all = new ArrayList<>(errors);
            all.addAll(warnings);
            throw new DiagnosticException(all);
        }
        return new Checked(leaflet, chosen, warnings);
    }

    /** A leaflet that failed its checks (or a later stage), its errors and warnings each in their list. */
    static LeafletResult failed(SourceFile source, DiagnosticException e, List<Diagnostic> warnings) {
        List<Diagnostic> all = new ArrayList<>(warnings);
        all.addAll(e.diagnostics().stream().filter(d -> !d.isError()).toList());
        return LeafletResult.failed(source.slug(), source.displayPath(),
                e.diagnostics().stream().filter(Diagnostic::isError).toList(), all);
    }
}
