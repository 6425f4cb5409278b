package org.handout.content;

import java.util.List;
import org.handout.diagnostic.Diagnostic;
import org.handout.model.Leaflet;

/** A leaflet read without errors, and the warnings found on the way. */
public record ReadResult(Leaflet leaflet, List<Diagnostic> warnings) {
    public ReadResult {
        warnings = List.copyOf(warnings);
    }
}
