package org.handout.validation;

import java.util.List;
import java.util.Objects;

/**
 * The verdict for one standard.
 *
 * @param flavourId   veraPDF's flavour id: {@code ua1}, {@code 2a}, {@code 2b} ...
 * @param displayName the standard as people write it: {@code PDF/UA-1}, {@code PDF/A-2A}
 * @param compliant   whether veraPDF found the file compliant
 * @param failures    the failed rules, one entry per rule, sorted by rule id (clause numbers compared
 *                    as numbers, so {@code 7.2-9} comes before {@code 7.2-10} and {@code 7.10-1})
 */
public record FlavourResult(String flavourId, String displayName, boolean compliant, List<RuleFailure> failures) {

    public FlavourResult {
        Objects.requireNonNull(flavourId, "flavourId");
        Objects.requireNonNull(displayName, "displayName");
        failures = List.copyOf(failures);
    }
}
