package org.handout.validation;

import java.util.List;
import java.util.Objects;

/**
 * What veraPDF said about one file.
 *
 * @param displayName the file as the user knows it
 * @param results     one result per standard checked, PDF/UA-1 first
 * @param notes       things the reader should know about how the file was checked, e.g. that it
 *                    does not claim to be PDF/A, so only PDF/UA-1 was checked
 */
public record ValidationReport(String displayName, List<FlavourResult> results, List<String> notes) {

    public ValidationReport {
        Objects.requireNonNull(displayName, "displayName");
        results = List.copyOf(results);
        notes = List.copyOf(notes);
    }

    /** True when at least one standard was checked and the file complies with every one checked. */
    public boolean passed() {
        return !results.isEmpty() && results.stream().allMatch(FlavourResult::compliant);
    }
}
