package org.handout.validation;

import java.util.List;

/**
 * What veraPDF found in one PDF.
 *
 * @param notes things worth saying that are not failures, e.g. that the file claims no PDF/A level
 */
public record ValidationReport(String displayName, List<FlavourResult> results, List<String> notes) {
    public ValidationReport {
        results = List.copyOf(results);
        notes = List.copyOf(notes);
    }

    public boolean passed() {
        return !results.isEmpty() && results.stream().allMatch(FlavourResult::compliant);
    }
}
