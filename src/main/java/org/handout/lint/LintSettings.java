package org.handout.lint;

/**
 * A project's lint thresholds (from {@code handout.yaml}).
 *
 * @param maxReadingGrade the Flesch–Kincaid grade above which a leaflet is said to be hard to read
 */
public record LintSettings(double maxReadingGrade) {
}
