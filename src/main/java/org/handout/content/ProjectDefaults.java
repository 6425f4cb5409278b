package org.handout.content;

import java.util.List;
import java.util.Map;
import org.handout.model.Brand;
import org.handout.model.Position;

/**
 * A project's defaults from {@code handout.yaml}, used where a leaflet's front matter says nothing.
 *
 * @param publisher who publishes the leaflets (the PDF author when a leaflet names none); may be null
 * @param variants  the variants to build; empty means every variant the template has
 * @param maxReadingGrade the Flesch–Kincaid grade above which lint warns that a leaflet is hard to read
 * @param brand           the publisher's name, logo and colours for the templates
 * @param positions       where each key's value stands in handout.yaml, so a value that a later stage
 *                        rejects (an unknown template or variant) is reported there, not in every leaflet
 */
public record ProjectDefaults(String publisher, String lang, String template, List<String> variants,
        double maxReadingGrade, Brand brand, Map<String, Position> positions) {
    public static final double DEFAULT_MAX_READING_GRADE = 10;

    /** Defaults with no positions (built in code, not read from handout.yaml). */
    public ProjectDefaults(String publisher, String lang, String template, List<String> variants,
            double maxReadingGrade, Brand brand) {
        this(publisher, lang, template, variants, maxReadingGrade, brand, Map.of());
    }

    public ProjectDefaults {
        variants = List.copyOf(variants);
        positions = Map.copyOf(positions);
    }

    /** Whether handout.yaml gives this key. */
    public boolean has(String key) {
        return positions.containsKey(key);
    }

    /** Where this key's value is in handout.yaml; {@link Position#UNKNOWN} when it is not there. */
    public Position at(String key) {
        return positions.getOrDefault(key, Position.UNKNOWN);
    }

    /** The defaults when there is no {@code handout.yaml}: en-GB, the built-in leaflet template. */
    public static ProjectDefaults builtIn() {
        return new ProjectDefaults(null, "en-GB", "leaflet", List.of(), DEFAULT_MAX_READING_GRADE, Brand.none());
    }
}
