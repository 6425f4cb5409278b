package org.handout.template;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.handout.diagnostic.Diagnostic;
import org.handout.diagnostic.DiagnosticException;

/**
 * A template's colours with a publisher's brand colours put in, checked against WCAG 2.x contrast
 * for every text-on-background pair the template draws, before any leaflet is printed in them.
 */
final class BrandColours {
    private BrandColours() {
    }

    /** The colours to print with, or every unknown name and every pair too weak to read. */
    static Map<String, String> resolve(TemplateDescriptor template, String templateName, Map<String, String> brand,
            String brandFile) throws DiagnosticException {
        List<Diagnostic> problems = new ArrayList<>();
        Map<String, String> colours = new LinkedHashMap<>(template.colours());
        for (Map.Entry<String, String> e : brand.entrySet()) {
            if (!colours.containsKey(e.getKey())) {
                problems.add(Diagnostic.error(brandFile, "colour \"" + e.getKey() + "\" is not one template "
                        + templateName + " uses — its colours are: " + String.join(", ", colours.keySet())));
            } else {
                colours.put(e.getKey(), e.getValue().toLowerCase(Locale.ROOT));
            }
        }
        for (TemplateDescriptor.Pair pair : template.contrast()) {
            String text = colours.getOrDefault(pair.text(), pair.text());
            String on = colours.getOrDefault(pair.on(), pair.on());
            double ratio = Contrast.ratio(text, on);
            double needed = pair.large() ? Contrast.LARGE : Contrast.BODY;
            if (ratio < needed) {
                problems.add(Diagnostic.error(brandFile, String.format(Locale.ROOT,
                        "%s text in %s (%s) on %s has a contrast of %.2f:1; %s text needs at least %.1f:1 (WCAG 2.x)"
                                + " — choose a %s colour for %s", pair.large() ? "large" : "body", pair.text(), text, on,
                        ratio, pair.large() ? "large" : "body", needed,
                        Contrast.ratio(on, "#ffffff") > Contrast.ratio(on, "#000000") ? "lighter" : "darker",
                        pair.text())));
            }
        }
        if (!problems.isEmpty()) {
            throw new DiagnosticException(problems);
        }
        return colours;
    }
}
