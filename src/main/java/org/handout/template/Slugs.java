package org.handout.template;

import java.text.Normalizer;
import java.util.Locale;

/** Turns heading text into an ASCII anchor id: "Pay & conditions" → "pay-conditions". */
final class Slugs {
    private Slugs() {
    }

    static String of(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return slug.isEmpty() ? "section" : slug;
    }
}
