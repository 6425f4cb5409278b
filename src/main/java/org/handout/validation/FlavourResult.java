package org.handout.validation;

import java.util.List;

/**
 * The verdict for one standard.
 *
 * @param flavourId   veraPDF's id: {@code ua1}, {@code 2a}, {@code 1b}…
 * @param displayName {@code PDF/UA-1}, {@code PDF/A-2A}…
 * @param failures    sorted by rule id
 */
public record FlavourResult(String flavourId, String displayName, boolean compliant, List<RuleFailure> failures) {
    public FlavourResult {
        failures = List.copyOf(failures);
    }
}
