package org.handout.content;

import java.util.Locale;

/**
 * The characters a leaflet may not contain anywhere (front matter, body, {@code handout.yaml}), and
 * how to name them to its author. None of them can be printed, and several would make the XHTML,
 * the PDF's XMP or {@code junit.xml} ill-formed, since XML 1.0 forbids them:
 * <ul>
 * <li>control characters: C0 except tab and newline, DEL, C1 (U+0080–U+009F);</li>
 * <li>line breaks other than the newline: U+0085, U+2028, U+2029 (invisible, and YAML 1.1 counts
 * them as new lines, so every later line number would be off);</li>
 * <li>the bidirectional embedding, override and isolate controls U+202A–U+202E and U+2066–U+2069,
 * which make text print in another order than it reads in the file ("Trojan Source"). Right-to-left
 * text needs none of them: the Unicode bidi algorithm orders it, and {@code lang} names it. The
 * marks U+200E, U+200F and U+061C, which only nudge neutral characters, stay allowed;</li>
 * <li>halves of a character (unpaired surrogates, from a YAML escape or {@code &#xD800;})
 * and Unicode's noncharacters (U+FDD0–U+FDEF, U+FFFE, U+FFFF and their like on every plane).</li>
 * </ul>
 */
final class RefusedCharacters {
    /** Why a character is refused; each kind has its own advice. */
    enum Kind { CONTROL, LINE_BREAK, BIDI, SURROGATE, NONCHARACTER }

    private RefusedCharacters() {
    }

    /** Why this code point is refused, or {@code null} when it is allowed. */
    static Kind kind(int cp) {
        if (cp < 0) {
            return null;
        }
        if (cp == 0x85 || cp == 0x2028 || cp == 0x2029) {
            return Kind.LINE_BREAK;
        }
        if (cp < 0x20 && cp != '\t' && cp != '\n' || cp >= 0x7F && cp <= 0x9F) {
            return Kind.CONTROL;
        }
        if (cp >= 0x202A && cp <= 0x202E || cp >= 0x2066 && cp <= 0x2069) {
            return Kind.BIDI;
        }
        if (cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE) {
            return Kind.SURROGATE;
        }
        if (cp >= 0xFDD0 && cp <= 0xFDEF || (cp & 0xFFFE) == 0xFFFE) {
            return Kind.NONCHARACTER;
        }
        return null;
    }

    static boolean isRefused(int cp) {
        return kind(cp) != null;
    }

    /**
     * The message for a refused character: {@code the title has a control character U+0007 at column
     * 12 — remove it (it cannot be printed)}.
     *
     * @param what   what the character is in: "the title", "the text"
     * @param column its column on its line (1-based)
     */
    static String message(String what, int cp, int column) {
        Kind kind = kind(cp);
        return what + " has " + describe(kind, cp) + " at column " + column + " — " + advice(kind);
    }

    private static String describe(Kind kind, int cp) {
        String code = code(cp);
        return switch (kind) {
            case CONTROL -> "a control character " + code;
            case LINE_BREAK -> "an invisible line break " + code + " (" + Character.getName(cp).replace(" (NEL)", "") + ")";
            case BIDI -> "an invisible " + Character.getName(cp).toLowerCase(Locale.ROOT) + " " + code;
            case SURROGATE -> "half of a character, " + code + " (an unpaired surrogate)";
            case NONCHARACTER -> "a noncharacter " + code + " (a code Unicode keeps for programs, never for text)";
        };
    }

    private static String advice(Kind kind) {
        return switch (kind) {
            case CONTROL, NONCHARACTER -> "remove it (it cannot be printed)";
            case LINE_BREAK -> "remove it (it cannot be printed); to start a new line, use an ordinary new line";
            case BIDI -> "remove it: it makes the text print in a different order from how it reads here; for"
                    + " right-to-left text give its language instead, lang: ar for the whole leaflet or"
                    + " <span lang=\"ar\">…</span> for a phrase";
            case SURROGATE -> "remove it, or write the whole character instead of its two halves";
        };
    }

    /** {@code U+0007}. */
    static String code(int cp) {
        return String.format(Locale.ROOT, "U+%04X", cp);
    }

    /**
     * A message made safe to print: every refused character in it (a value quoted from the leaflet)
     * becomes {@code [U+001B]}, so it cannot move the terminal's cursor, break {@code junit.xml}, or
     * turn the message round; newlines become {@code [U+000A]} too, so a message stays on one line.
     */
    static String printable(String message) {
        StringBuilder s = null;
        for (int i = 0; i < message.length(); ) {
            int cp = message.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (cp == '\n' || isRefused(cp)) {
                if (s == null) {
                    s = new StringBuilder(message.length() + 16).append(message, 0, i);
                }
                s.append('[').append(code(cp)).append(']');
            } else if (s != null) {
                s.append(message, i, next);
            }
            i = next;
        }
        return s == null ? message : s.toString();
    }
}
