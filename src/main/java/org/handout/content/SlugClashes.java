package org.handout.content;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.handout.diagnostic.Diagnostic;

/**
 * Leaflet files whose slugs are the same ({@code a.md} and {@code a.markdown}), the same but for
 * capitals ({@code Nursing.MD} and {@code nursing.md}, one file on Windows and macOS), or the same but
 * for how accented letters are encoded ({@code café} with é as one character, Unicode NFC, or as e and
 * a combining accent, NFD: they look alike, and macOS takes them for one name): each would overwrite
 * the other's PDFs, and which one wins is not the author's choice, so both are refused.
 */
public final class SlugClashes {
    private SlugClashes() {
    }

    /** For each file that shares its slug, an error naming each other file; files with their own slug are absent. */
    public static Map<SourceFile, List<Diagnostic>> find(List<SourceFile> sources) {
        Map<String, List<SourceFile>> bySlug = new LinkedHashMap<>();
        for (SourceFile source : sources) {
            bySlug.computeIfAbsent(key(source.slug()), k -> new ArrayList<>()).add(source);
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

    /** What a file system that ignores capitals and normalisation takes the slug to be. */
    private static String key(String slug) {
        return nfc(nfc(slug).toLowerCase(Locale.ROOT));
    }

    private static String nfc(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    private static Diagnostic clash(SourceFile source, SourceFile other) {
        boolean capitals = !nfc(other.slug()).equals(nfc(source.slug()));
        boolean encoding = !other.slug().equals(source.slug())
                && !other.slug().toLowerCase(Locale.ROOT).equals(source.slug().toLowerCase(Locale.ROOT));
        String but = capitals && encoding ? " but for capitals and for how accented letters are encoded"
                : capitals ? " but for capitals" : encoding ? " but for how accented letters are encoded" : "";
        String looks = encoding ? " (the names look alike, but one is Unicode NFC and the other NFD)" : "";
        String where = capitals ? "on Windows and macOS both" : encoding ? "on macOS both" : "both";
        return Diagnostic.error(source.displayPath(), 1, 1, other.displayPath() + " has the same slug" + but + looks
                + ", \"" + other.slug() + "\", so " + where + " would make the same PDFs — rename or remove one of them");
    }
}
