package org.handout.fidelity;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.handout.diagnostic.Diagnostic;
import org.handout.model.Leaflet;

/**
 * The fidelity check: a PDF may be written only when it holds everything its leaflet says. It reads
 * the PDF back as assistive technology and a printer would, and compares it with the model: every
 * heading, paragraph, list item, table cell, the title, summary and contact box in its structure
 * element and in reading order, drawn where a reader can see it; every picture drawn in a Figure with
 * its alt text (decorative ones drawn as artifacts); every link a clickable area with its address.
 * Thread-safe: it keeps no state between calls.
 */
public final class FidelityCheck {
    private FidelityCheck() {
    }

    /**
     * @param pdf      the laid-out PDF
     * @param pdfName  the PDF as the user knows it ({@code output/nursing.a5.pdf}), for messages
     * @param template the template that laid it out, for messages: templates are what usually loses content
     * @return the errors, each at the place in the leaflet of what was lost; empty when the PDF is whole
     */
    public static List<Diagnostic> check(Leaflet leaflet, byte[] pdf, String pdfName, String template) {
        try (ReadBack read = ReadBack.of(pdf)) {
            return check(leaflet, read, pdfName, template);
        }
    }

    /** As above, on a PDF the layout self-check has read already. */
    public static List<Diagnostic> check(Leaflet leaflet, ReadBack pdf, String pdfName, String template) {
        Expectations.Groups expected = Expectations.of(leaflet);
        TaggedContent content = null;
        try {
            content = pdf.document() == null ? null : TaggedContent.read(pdf.document());
        } catch (IOException | RuntimeException e) {
            // unreadable: said below
        }
        if (content == null) {
            return List.of(Diagnostic.error(leaflet.sourceFile(), "the layout engine made a PDF that cannot be read"
                    + " back (" + pdfName + "), so it is not written — check the template \"" + template + "\""));
        }
        ContentMatcher matcher = new ContentMatcher(content);
        expected.groups().forEach(matcher::match);
        List<Loss> losses = new ArrayList<>(matcher.losses());
        LossMessages messages = new LossMessages(leaflet.sourceFile(), pdfName, template);
        List<Diagnostic> errors = new ArrayList<>(messages.of(losses, count(expected)));
        int undrawn = expected.decorative().size() - content.artifactPictures();
        if (undrawn > 0) {
            errors.add(messages.decorative(undrawn, expected.decorative()));
        }
        return errors;
    }

    private static int count(Expectations.Groups expected) {
        return expected.groups().stream().mapToInt(List::size).sum();
    }
}
