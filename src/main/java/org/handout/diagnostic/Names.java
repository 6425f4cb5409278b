package org.handout.diagnostic;

import java.util.Locale;
import java.util.OptionalInt;

/**
 * File and folder names as handout prints them. A name may hold characters that change what a
 * terminal or a log shows: control characters (a line break can forge a whole message line), line
 * separators, and text-direction controls ({@code invoice\u202Efdp.md} shows as {@code invoicepdf.md}).
 * Such a name is refused, and shown escaped: {@code \n}, {@code \r}, {@code \t}, {@code \\}, and
 * {@code \u202E} for the others.
 */
public final class Names {
    private Names() {
    }

    /** Whether this character is one a printed name must not hold as it is. */
    public static boolean unsafe(int c) {
        return Character.getType(c) == Character.CONTROL // U+0000–U+001F, U+007F, U+0080–U+009F
                || c == 0x2028 || c == 0x2029 // line and paragraph separators
                || direction(c);
    }

    private static boolean direction(int c) {
        return c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }

    /** The first unsafe character in the text, if any. */
    public static OptionalInt firstUnsafe(String text) {
        return text.codePoints().filter(Names::unsafe).findFirst();
    }

    public static boolean safe(String text) {
        return firstUnsafe(text).isEmpty();
    }

    /** The text as it may be printed: unchanged when safe, else with every unsafe character (and {@code \}) escaped. */
    public static String printable(String text) {
        if (safe(text)) {
            return text;
        }
        StringBuilder s = new StringBuilder();
        text.codePoints().forEach(c -> s.append(c == '\\' ? "\\\\" : unsafe(c) ? escape(c) : Character.toString(c)));
        return s.toString();
    }

    /** How an unsafe character is shown: {@code \n}, or {@code \u202E}. */
    public static String escape(int c) {
        return switch (c) {
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\t' -> "\\t";
            default -> String.format(Locale.ROOT, "\\u%04X", c);
        };
    }

    /** {@code a control character, U+000A LINE FEED (LF), shown here as \n}. */
    public static String describe(int c) {
        String kind = direction(c) ? "a text-direction control" : c == 0x2028 || c == 0x2029 ? "a line separator"
                : "a control character";
        String name = Character.getName(c);
        return String.format(Locale.ROOT, "%s, U+%04X%s, shown here as %s", kind, c, name == null ? "" : " " + name,
                escape(c));
    }
}
