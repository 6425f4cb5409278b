package org.handout.content;

import java.util.Locale;
import java.util.Map;
import org.handout.model.Position;

/**
 * How long each front-matter (and {@code handout.yaml}) value may be. Without a bound, a pasted page
 * in {@code title:} made a PDF that PDF/A refuses (its strings may be at most 32,767 bytes, and the
 * title, summary and keywords are such strings), reported as if the template had failed; an
 * 8,000-character {@code source:} could not become a QR code at all. The bounds are far above any
 * real leaflet, and keep every value well inside those limits, in any script.
 */
final class ValueLimits {
    /**
     * The longest address that can become a QR code: a version 40 symbol at error correction level M,
     * the level the templates use, carries 2,331 bytes (ISO/IEC 18004, byte mode). Every address is
     * held to it, so a website can move to {@code source:} unchanged.
     */
    static final int MAX_ADDRESS = 2_331;
    /** At most this many keywords; with {@link #KEYWORD} characters each, all fit in one PDF string. */
    static final int MAX_KEYWORDS = 50;
    static final int KEYWORD = 100;

    /** A bound and what a message calls a value held to it: "a title". */
    record Limit(int max, String noun) {
    }

    /** The most of a value a message quotes: enough to recognise it, never a pasted page. */
    private static final int QUOTED = 40;
    private static final Map<String, Limit> LIMITS = Map.ofEntries(
            Map.entry("title", new Limit(300, "a title")),
            Map.entry("subtitle", new Limit(300, "a subtitle")),
            Map.entry("summary", new Limit(5_000, "a summary")),
            Map.entry("author", new Limit(300, "an author")),
            Map.entry("publisher", new Limit(300, "a publisher")),
            Map.entry("heading", new Limit(300, "a heading")),
            Map.entry("text", new Limit(5_000, "the contact text")),
            Map.entry("phone", new Limit(100, "a phone number")),
            Map.entry("email", new Limit(254, "an email address")),
            Map.entry("alt", new Limit(300, "alt text")),
            Map.entry("keywords", new Limit(KEYWORD, "a keyword")),
            Map.entry("variants", new Limit(64, "a variant name")),
            Map.entry("template", new Limit(64, "a template name")),
            Map.entry("needs-review", new Limit(300, "a review note")),
            Map.entry("source", new Limit(MAX_ADDRESS, "an address")),
            Map.entry("website", new Limit(MAX_ADDRESS, "an address")));

    private ValueLimits() {
    }

    /**
     * Whether {@code value} of {@code key} is short enough; if not, says so at {@code at}. Keys with
     * no bound here ({@code reviewed}, {@code lang}) have checks of their own that refuse a long value.
     *
     * @param item the value's 1-based place in a list, or 0 for a single value
     */
    static boolean fits(String key, int item, String value, Position at, Problems problems) {
        Limit limit = LIMITS.get(key);
        int length = value.codePointCount(0, value.length());
        if (limit == null || length <= limit.max()) {
            return true;
        }
        String what = item > 0 ? "item " + item + " of \"" + key + "\"" : "\"" + key + "\"";
        String message = String.format(Locale.ROOT, "%s is %,d characters long; %s may be at most %,d — ", what, length,
                limit.noun(), limit.max());
        problems.error(at, message + switch (key) {
            case "summary", "text" -> "shorten it, and put the rest in the text of the leaflet";
            case "source" -> "that is the most its QR code can carry; give a shorter address for the page";
            case "website" -> "give a shorter address, e.g. the site's home page";
            default -> "shorten it";
        });
        return false;
    }

    /** Whether a list has few enough items; only keywords have a bound. */
    static boolean fewEnough(String key, int items, Position at, Problems problems) {
        if (!key.equals("keywords") || items <= MAX_KEYWORDS) {
            return true;
        }
        problems.error(at, String.format(Locale.ROOT, "\"keywords\" has %,d keywords; a leaflet may have at most %d"
                + " — keep the ones people would search for", items, MAX_KEYWORDS));
        return false;
    }

    /** A value as a message quotes it: whole when short, else its start and "…". */
    static String excerpt(String value) {
        if (value.codePointCount(0, value.length()) <= QUOTED + 10) {
            return value;
        }
        return value.substring(0, value.offsetByCodePoints(0, QUOTED)) + "…";
    }
}
