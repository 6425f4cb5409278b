package org.handout.content;

import java.util.List;
import org.handout.diagnostic.Diagnostic;
import org.handout.model.Leaflet;

/**
 * A leaflet as read, with the errors and warnings found on the way, each in file order. When there
 * are errors the leaflet holds what could be read (defaults where a value was wrong), so later checks
 * still find their problems in the same run; it is never built.
 */
public record ReadResult(Leaflet leaflet, List<Diagnostic> errors, List<Diagnostic> warnings) {
    public ReadResult {
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
    }
}
