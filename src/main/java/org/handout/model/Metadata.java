package org.handout.model;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The front matter, typed and checked. Optional values are {@code null} when absent; lists are
 * empty, never null. {@code positions} says where each key's value stands in the leaflet file (a
 * list's items as {@code keywords.0}, a contact's keys as {@code contact.phone}), so a later stage
 * that rejects a value (an unknown template or variant) can point at it; {@code textStarts} says
 * where a one-line value's text begins, so it can point at a character inside it.
 */
public record Metadata(
        String title,
        String subtitle,
        String lang,
        String summary,
        LocalDate reviewed,
        URI source,
        List<String> keywords,
        String author,
        String template,
        List<String> variants,
        Contact contact,
        Map<String, Position> positions,
        Map<String, Position> textStarts) {

    /** Metadata with no source positions (built in code, not read from a file). */
    public Metadata(String title, String subtitle, String lang, String summary, LocalDate reviewed, URI source,
            List<String> keywords, String author, String template, List<String> variants, Contact contact) {
        this(title, subtitle, lang, summary, reviewed, source, keywords, author, template, variants, contact, Map.of(),
                Map.of());
    }

    public Metadata {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(lang, "lang");
        Objects.requireNonNull(reviewed, "reviewed");
        Objects.requireNonNull(template, "template");
        keywords = List.copyOf(keywords);
        variants = List.copyOf(variants);
        positions = Map.copyOf(positions);
        textStarts = Map.copyOf(textStarts);
    }

    /** Where this key's value is in the front matter; {@link Position#UNKNOWN} when it is not there. */
    public Position at(String key) {
        return positions.getOrDefault(key, Position.UNKNOWN);
    }

    /**
     * Where the character {@code offset} code points into this key's text stands: exact in a value
     * written on one line as it reads, else where the value starts.
     */
    public Position at(String key, int offset) {
        Position start = textStarts.get(key);
        return start == null ? at(key) : new Position(start.line(), start.column() + offset);
    }
}
