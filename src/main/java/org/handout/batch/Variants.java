package org.handout.batch;

import java.util.List;
import org.handout.diagnostic.Diagnostic;
import org.handout.diagnostic.DiagnosticException;
import org.handout.model.Leaflet;
import org.handout.model.Position;

/** Which of its template's variants a leaflet is built in. */
final class Variants {
    private Variants() {
    }

    /**
     * The template's variants, in its order, that the leaflet asks for ({@code variants:} in its front
     * matter or in handout.yaml; all when it names none), narrowed to {@code only} when given.
     */
    static List<String> select(Leaflet leaflet, List<String> offered, String only) throws DiagnosticException {
        List<String> wanted = leaflet.metadata().variants();
        for (String name : wanted) {
            if (!offered.contains(name)) {
                Position at = leaflet.metadata().at("variants");
                throw new DiagnosticException(Diagnostic.error(leaflet.sourceFile(), at.line(), at.column(), "variant \"" + name
                        + "\" is not one of template " + leaflet.metadata().template() + "'s variants ("
                        + String.join(", ", offered) + ") — use one of those in variants:"));
            }
        }
        return offered.stream()
                .filter(v -> wanted.isEmpty() || wanted.contains(v))
                .filter(v -> only == null || only.equals(v))
                .toList();
    }
}
