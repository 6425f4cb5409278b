package org.handout.testing;

import org.handout.batch.BatchBuilder;
import org.handout.pdf.EmbeddedFonts;
import org.handout.validation.PdfValidator;

/** What is expensive to set up, set up once for the whole test run (as one batch build does). */
public final class Shared {
    public static final PdfValidator VALIDATOR = new PdfValidator();
    public static final EmbeddedFonts FONTS = new EmbeddedFonts();

    private Shared() {
    }

    public static BatchBuilder builder() {
        return new BatchBuilder(VALIDATOR, FONTS);
    }
}
