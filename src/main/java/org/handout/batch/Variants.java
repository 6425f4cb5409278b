package org.handout.batch;

import java.util.List;
import org.handout.diagnostic.DiagnosticException;
import org.handout.diagnostic.Place;
import org.handout.model.Leaflet;
import org.handout.model.Metadata;
import org.handout.model.Position;
import org.handout.template.TemplateEngine;

/**
 * Which template and variants a leaflet is built in: the one place {@code handout build} and
 * {@code handout check} ask, so a check passes nothing a build refuses. It reads template
 * descriptors, never pages.
 */
final class Variants {
    /**
     * @param offered the template's variants, its default first
     * @param chosen  those the leaflet is built in, in the template's order
     */
    record Chosen(List<String> offered, List<String> chosen) {
        /** The default variant's PDF is {@code slug.pdf}; every other variant's is {@code slug.variant.pdf}. */
        String pdfName(String slug, String variant) {
            return slug + (variant.equals(offered.get(0)) ? "" : "." + variant) + ".pdf";
        }
    }

    private final TemplateEngine templates;

    Variants(TemplateEngine templates) {
        this.templates = templates;
    }

    /** The leaflet's template's variants and those it asks for ({@code variants:}; all when it names none). */
    Chosen of(Leaflet leaflet) throws DiagnosticException {
        Metadata m = leaflet.metadata();
        List<String> offered = templates.variants(m.template(), where(leaflet, "template"));
        check(m.variants(), offered, m.template(), where(leaflet, "variants"));
        return new Chosen(offered, offered.stream().filter(v -> m.variants().isEmpty() || m.variants().contains(v))
                .toList());
    }

    private static void check(List<String> wanted, List<String> offered, String template, Place where)
            throws DiagnosticException {
        for (String name : wanted) {
            if (!offered.contains(name)) {
                throw new DiagnosticException(where.error("variant \"" + name + "\" is not one of template " + template
                        + "'s variants (" + String.join(", ", offered) + ") — use one of those in variants:"));
            }
        }
    }

    /** The key's value in the leaflet's front matter (the file alone when it is a project default). */
    private static Place where(Leaflet leaflet, String key) {
        Position at = leaflet.metadata().at(key);
        return new Place(leaflet.sourceFile(), at.line(), at.column());
    }
}
