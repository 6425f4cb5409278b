package org.handout.content;

import java.util.List;
import org.handout.model.Brand;

/**
 * A project's defaults from {@code handout.yaml}, used where a leaflet's front matter says nothing.
 *
 * @param publisher who publishes the leaflets (the PDF author when a leaflet names none); may be null
 * @param variants  the variants to build; empty means every variant the template has
 * @param maxReadingGrade the Flesch–Kincaid grade above which lint warns that a leaflet is hard to read
 * @param brand           the publisher's name, logo and colours for the templates
 */
public record ProjectDefaults(String publisher, String lang, String template, List<String> variants,
        double maxReadingGrade, Brand brand) {
    public static final double DEFAULT_MAX_READING_GRADE = 10;

    public ProjectDefaults {
        variants = List.copyOf(variants);
    }

    /** The defaults when there is no {@code handout.yaml}: en-GB, the built-in leaflet template. */
    public static ProjectDefaults builtIn() {
        return new ProjectDefaults(null, "en-GB", "leaflet", List.of(), DEFAULT_MAX_READING_GRADE, Brand.none());
    }
}
