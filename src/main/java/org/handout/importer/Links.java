package org.handout.importer;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Turns a document's link into an address a leaflet may link to: absolute, and {@code https:},
 * {@code http:}, {@code mailto:} or {@code tel:}. A relative one is made absolute from the page's
 * address when one is known.
 */
final class Links {
    /** Where a link goes, or why it cannot be kept (both null: nothing to keep or to say, like {@code #top}). */
    record Target(String address, String problem) {
    }

    private final URI base;

    /** @param base the address relative links are read from; null when none is known */
    Links(URI base) {
        this.base = base;
    }

    Target resolve(String href) {
        String h = href == null ? "" : href.strip();
        if (h.isEmpty() || h.startsWith("#")) {
            return new Target(null, null);
        }
        String lower = h.toLowerCase(Locale.ROOT);
        if (lower.startsWith("mailto:") || lower.startsWith("tel:")) {
            return new Target(h.replace(" ", "%20"), null);
        }
        URI uri;
        try {
            uri = new URI(h.replace(" ", "%20"));
        } catch (URISyntaxException e) {
            return new Target(null, "a link whose address cannot be read (" + shown(h) + ") is kept as text only"
                    + " — add the link again by hand");
        }
        if (!uri.isAbsolute()) {
            if (base == null) {
                return new Target(null, "a link to " + shown(h) + " is relative to the page's own address, which is"
                        + " not known, so only its text is kept — give the address with --base-url and import again");
            }
            uri = base.resolve(uri);
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            return new Target(null, "a link to " + shown(h) + " cannot be kept (a leaflet links only to https:,"
                    + " http:, mailto: and tel: addresses), so only its text is — link to a web address instead");
        }
        return new Target(uri.toString(), null);
    }

    private static String shown(String h) {
        return "\"" + (h.length() > 80 ? h.substring(0, 77) + "…" : h) + "\"";
    }
}
