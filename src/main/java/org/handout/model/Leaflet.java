package org.handout.model;

import java.util.List;
import java.util.Objects;

/**
 * One leaflet, read and checked, ready for a template.
 *
 * @param slug       its path under {@code content/} without {@code .md} or {@code .markdown}, with {@code /} separators
 * @param sourceFile its file as the user knows it, relative to the project ({@code content/x.md})
 */
public record Leaflet(String slug, String sourceFile, Metadata metadata, List<Block> body) {
    public Leaflet {
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(sourceFile, "sourceFile");
        Objects.requireNonNull(metadata, "metadata");
        body = List.copyOf(body);
    }
}
