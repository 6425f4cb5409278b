package org.handout.validation;

/**
 * One broken rule.
 *
 * @param ruleId            e.g. {@code ISO 14289-1:2014 7.1-3}
 * @param explanation       what it means, for a careers adviser rather than a PDF engineer
 * @param specificationText veraPDF's own wording of the rule
 * @param count             how many times the file broke it
 */
public record RuleFailure(String ruleId, String explanation, String specificationText, int count) {
}
