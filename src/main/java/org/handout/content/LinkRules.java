package org.handout.content;

import java.util.Locale;
import java.util.Set;
import org.handout.model.Position;

/**
 * What a link or image address may be in a leaflet. Links: {@code https}, {@code http},
 * {@code mailto}, {@code tel} only (a printed page cannot follow a relative link, and
 * {@code javascript:} or {@code file:} links are never safe). Images: a path to a file in the
 * project, never a web address (handout never fetches).
 */
final class LinkRules {
    private static final Set<String> LINK_SCHEMES = Set.of("https", "http", "mailto", "tel");

    private LinkRules() {
    }

    static void checkLink(String destination, Position at, Problems problems) {
        String scheme = scheme(destination);
        if (destination.isBlank()) {
            problems.error(at, "this link has no address — write [text](https://…)");
        } else if (destination.codePointCount(0, destination.length()) > ValueLimits.MAX_ADDRESS) {
            problems.error(at, String.format(Locale.ROOT, "this link's address is %,d characters long; an address"
                    + " may be at most %,d — give a shorter address, e.g. the site's home page",
                    destination.codePointCount(0, destination.length()), ValueLimits.MAX_ADDRESS));
        } else if (scheme == null) {
            problems.error(at, "the link to \"" + ValueLimits.excerpt(destination) + "\" has no https:// (or mailto:,"
                    + " tel:) — a printed leaflet cannot follow a relative link; give the full address");
        } else if (!LINK_SCHEMES.contains(scheme)) {
            problems.error(at, scheme + ": links are not allowed — use an https, http, mailto or tel address");
        }
    }

    static void checkImage(String destination, String alt, boolean decorative, Position at, Problems problems) {
        if (alt.isEmpty() && !decorative) {
            problems.error(at, "this image has no alt text — describe what it shows, ![A nurse talking to a"
                    + " patient](" + destination + "), or if it is only decoration say so: ![](" + destination
                    + " \"decorative\")");
        }
        String scheme = scheme(destination);
        if (scheme != null || destination.startsWith("//")) {
            problems.error(at, "the image \"" + destination + "\" is not a file in the project — handout never"
                    + " fetches from the network; save the image beside the leaflet and give its path");
        } else if (destination.startsWith("/") || destination.startsWith("\\")) {
            problems.error(at, "the image path \"" + destination + "\" is absolute — give a path relative to the"
                    + " leaflet, inside the project");
        }
    }

    /** Whether an address is a relative path (no scheme, not absolute): the only kind an image may have. */
    static boolean isRelativePath(String destination) {
        return scheme(destination) == null && !destination.startsWith("/") && !destination.startsWith("\\");
    }

    /** The lower-case scheme of an address, or {@code null} for a relative one. */
    static String scheme(String destination) {
        int colon = destination.indexOf(':');
        if (colon <= 0) {
            return null;
        }
        String scheme = destination.substring(0, colon);
        return scheme.matches("[A-Za-z][A-Za-z0-9+.-]*") ? scheme.toLowerCase(Locale.ROOT) : null;
    }
}
