package org.handout.content;

import java.util.List;
import org.handout.diagnostic.Diagnostic;
import org.handout.model.Leaflet;

/**
 * A leaflet read, the warnings found on the way, and its errors: a leaflet with errors in its body is
 * still read, so that the checks after reading report what they find in the same run.
 */
public record ReadResult(Leaflet leaflet, List<Diagnostic> warnings, List<Diagnostic> errors) {
    public ReadResult {
        warnings = List.copyOf(warnings);
        errors = List.copyOf(errors);
    }
}
