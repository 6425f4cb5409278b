package org.handout.batch;

import java.util.List;
import org.handout.content.ProjectDefaults;
import org.handout.content.ProjectDefaultsReader;
import org.handout.diagnostic.DiagnosticException;
import org.handout.diagnostic.Place;
import org.handout.model.Leaflet;
import org.handout.model.Metadata;
import org.handout.model.Position;
import org.handout.template.TemplateEngine;

/**
 * Which template and variants a leaflet is built in: the one place {@code handout build} and
 * {@code handout check} ask, so a check passes nothing a build refuses. It reads template
 * descriptors, never pages. A value is reported where it was written: the front matter, or
 * handout.yaml for a project default, which {@link #checkDefaults()} checks once per run.
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
    private final ProjectDefaults defaults;

    Variants(TemplateEngine templates, ProjectDefaults defaults) {
        this.templates = templates;
        this.defaults = defaults;
    }

    /**
     * handout.yaml's {@code template:} and {@code variants:}, checked at their place there, so a bad
     * default is one message for the project rather than one for every leaflet that uses it.
     */
    void checkDefaults() throws DiagnosticException {
        if (defaults.has("template") || defaults.has("variants")) {
            List<String> offered = templates.variants(defaults.template(), inDefaults("template"));
            check(defaults.variants(), offered, defaults.template(), inDefaults("variants"), "");
        }
    }

    /** The leaflet's template's variants and those it asks for ({@code variants:}; all when it names none). */
    Chosen of(Leaflet leaflet) throws DiagnosticException {
        Metadata m = leaflet.metadata();
        List<String> offered = templates.variants(m.template(), where(leaflet, "template"));
        // Variants from handout.yaml that the leaflet's own template lacks: the fix is in the leaflet.
        String inherited = m.positions().containsKey("variants") ? ""
                : ", which " + leaflet.sourceFile() + " uses — give " + leaflet.sourceFile() + " its own variants:";
        check(m.variants(), offered, m.template(), where(leaflet, "variants"), inherited);
        return new Chosen(offered, offered.stream().filter(v -> m.variants().isEmpty() || m.variants().contains(v))
                .toList());
    }

    private static void check(List<String> wanted, List<String> offered, String template, Place where, String fix)
            throws DiagnosticException {
        List<String> unknown = wanted.stream().filter(name -> !offered.contains(name)).toList();
        if (!unknown.isEmpty()) {
            throw new DiagnosticException(where.error((unknown.size() == 1 ? "variant " : "variants ")
                    + unknown.stream().map(name -> "\"" + name + "\"").collect(java.util.stream.Collectors.joining(", "))
                    + (unknown.size() == 1 ? " is not one of" : " are not among") + " template " + template
                    + "'s variants (" + String.join(", ", offered) + ")"
                    + (fix.isEmpty() ? " — use one of those in variants:" : fix)));
        }
    }

    /** The key's value in the leaflet's front matter, or in handout.yaml when the leaflet took the default. */
    private Place where(Leaflet leaflet, String key) {
        if (leaflet.metadata().positions().containsKey(key) || !defaults.has(key)) {
            Position at = leaflet.metadata().at(key);
            return new Place(leaflet.sourceFile(), at.line(), at.column());
        }
        return inDefaults(key);
    }

    private Place inDefaults(String key) {
        Position at = defaults.at(key);
        return new Place(ProjectDefaultsReader.FILE, at.line(), at.column());
    }
}
