package org.handout.report;

import java.util.List;
import org.handout.diagnostic.Diagnostic;
import org.handout.diagnostic.FileOrder;
import org.handout.validation.ValidationReport;

/**
 * What became of one leaflet in one variant.
 *
 * @param variant    the template variant ({@code a4}, {@code large-print}…); null when the leaflet failed
 *                   before its variants were known
 * @param outputFile the PDF written, relative to the output folder ({@code nhs/nursing.pdf}, so reports
 *                   do not depend on where the folder is); null when none was written
 * @param validation null when the leaflet failed before a PDF existed
 * @param title      the leaflet's title; null when it could not be read
 * @param kept       the PDFs an earlier build wrote that this failed one left in place
 */
public record LeafletResult(
        String slug,
        String variant,
        String sourceFile,
        String outputFile,
        int pages,
        long bytes,
        ValidationReport validation,
        List<Diagnostic> errors,
        List<Diagnostic> warnings,
        String title,
        List<KeptPdf> kept) {

    public LeafletResult {
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
        kept = List.copyOf(kept);
    }

    /** A result with no title known and no PDF kept from an earlier build. */
    public LeafletResult(String slug, String variant, String sourceFile, String outputFile, int pages, long bytes,
            ValidationReport validation, List<Diagnostic> errors, List<Diagnostic> warnings) {
        this(slug, variant, sourceFile, outputFile, pages, bytes, validation, errors, warnings, null, List.of());
    }

    public LeafletResult withTitle(String title) {
        return new LeafletResult(slug, variant, sourceFile, outputFile, pages, bytes, validation, errors, warnings, title,
                kept);
    }

    public LeafletResult withKept(List<KeptPdf> kept) {
        return new LeafletResult(slug, variant, sourceFile, outputFile, pages, bytes, validation, errors, warnings, title,
                kept);
    }

    /** A leaflet that could not be built, with the reasons. */
    public static LeafletResult failed(String slug, String sourceFile, List<Diagnostic> errors,
            List<Diagnostic> warnings) {
        return failed(slug, null, sourceFile, errors, warnings);
    }

    /** A variant of a leaflet that could not be built (no PDF written), with the reasons. */
    public static LeafletResult failed(String slug, String variant, String sourceFile, List<Diagnostic> errors,
            List<Diagnostic> warnings) {
        return new LeafletResult(slug, variant, sourceFile, null, 0, 0, null, errors, warnings);
    }

    /** The errors and warnings together, in file order: the order they are printed in. */
    public List<Diagnostic> diagnostics() {
        return FileOrder.merged(errors, warnings);
    }

    /** Built, valid and written. */
    public boolean ok() {
        return errors.isEmpty() && outputFile != null && validation != null && validation.passed();
    }
}
