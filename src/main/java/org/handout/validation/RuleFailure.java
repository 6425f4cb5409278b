package org.handout.validation;

import java.util.Objects;

/**
 * One rule that failed, with how many times it failed.
 *
 * @param ruleId            veraPDF's rule id, e.g. {@code ISO 14289-1:2014 7.1-3} or
 *                          {@code ISO 19005-2:2011 6.2.11.4.1-1}
 * @param explanation       plain English for a non-specialist: what is wrong and what to do; veraPDF's
 *                          own description when we have no explanation of our own for the rule
 * @param specificationText veraPDF's description of the rule, in the standard's words
 * @param count             how many times the rule failed in the file (at least 1)
 */
public record RuleFailure(String ruleId, String explanation, String specificationText, int count) {

    public RuleFailure {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(explanation, "explanation");
        Objects.requireNonNull(specificationText, "specificationText");
        if (count < 1) {
            throw new IllegalArgumentException("a failed rule failed at least once");
        }
    }
}
