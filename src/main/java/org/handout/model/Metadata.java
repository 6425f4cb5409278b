package org.handout.model;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The front matter, typed and checked. Optional values are {@code null} when absent; lists are
 * empty, never null.
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
        Contact contact) {

    public Metadata {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(lang, "lang");
        Objects.requireNonNull(reviewed, "reviewed");
        Objects.requireNonNull(template, "template");
        keywords = List.copyOf(keywords);
        variants = List.copyOf(variants);
    }
}
