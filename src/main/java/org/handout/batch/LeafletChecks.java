package org.handout.batch;

import java.util.ArrayList;
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

    Checked check(SourceFile source) throws DiagnosticException {
        ReadResult read = reader.read(source);
        Leaflet leaflet = read.leaflet();
        Variants.Chosen chosen = variants.of(leaflet);
        List<Diagnostic> missingGlyphs = undrawable.find(leaflet);
        if (!missingGlyphs.isEmpty()) {
            throw new DiagnosticException(missingGlyphs);
        }
        List<Diagnostic> warnings = new ArrayList<>(read.warnings());
        warnings.addAll(lint.check(leaflet));
        if (strict && !warnings.isEmpty()) {
            throw new DiagnosticException(warnings.stream()
                    .map(w -> new Diagnostic(w.file(), w.line(), w.column(), Severity.ERROR, w.message() + " (--strict)"))
                    .toList());
        }
        return new Checked(leaflet, chosen, warnings);
    }
}
