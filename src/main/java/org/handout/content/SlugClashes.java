package org.handout.content;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.handout.diagnostic.Diagnostic;

/**
 * Leaflet files whose slugs are the same ({@code a.md} and {@code a.markdown}), or the same but for
 * capitals ({@code Nursing.MD} and {@code nursing.md}, one file on Windows and macOS): each would
 * overwrite the other's PDFs, and which one wins is not the author's choice, so both are refused.
 */
public final class SlugClashes {
    private SlugClashes() {
    }

    /** For each file that shares its slug, an error naming each other file; files with their own slug are absent. */
    public static Map<SourceFile, List<Diagnostic>> find(List<SourceFile> sources) {
        Map<String, List<SourceFile>> bySlug = new LinkedHashMap<>();
        for (SourceFile source : sources) {
            bySlug.computeIfAbsent(source.slug().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(source);
        }
        Map<SourceFile, List<Diagnostic>> clashes = new HashMap<>();
        for (List<SourceFile> same : bySlug.values()) {
            for (SourceFile source : same) {
                for (SourceFile other : same) {
                    if (other != source) {
                        clashes.computeIfAbsent(source, k -> new ArrayList<>()).add(clash(source, other));
                    }
                }
            }
        }
        return clashes;
    }

    private static Diagnostic clash(SourceFile source, SourceFile other) {
        String same = other.slug().equals(source.slug())
                ? "the same slug, \"" + other.slug() + "\", so both"
                : "the same slug but for capitals, \"" + other.slug() + "\", so on Windows and macOS both";
        return Diagnostic.error(source.displayPath(), 1, 1, other.displayPath() + " has " + same
                + " would make the same PDFs — rename or remove one of them");
    }
}
