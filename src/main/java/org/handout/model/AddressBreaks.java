package org.handout.model;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a printed web or email address may go on over a line: after a {@code /} (not inside
 * {@code //}, not before {@code www.}) or before a {@code .} (unless the part before it is
 * {@code www}); never at a hyphen, never after {@code https://www.}. The rule of printed text both
 * the layout step (which breaks addresses there) and the layout self-check (which reads every broken
 * address back) keep, so it lives beside the model they share.
 */
public final class AddressBreaks {
    /**
     * An address: with a scheme, starting www., an email, or a bare domain with a well-known ending
     * (tried only where a word starts: a match inside a word is part of the match from its start).
     */
    private static final Pattern ADDRESS = Pattern.compile(
            "(?:https?://|www\\.)[^\\s()<>\"]+|[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+"
            + "|(?<![\\w-])[\\w-]+(?:\\.[\\w-]+)*\\.(?:uk|org|com|net|gov|nhs|ac|co|io|eu|info|wales|scot)(?:/[^\\s()<>\"]*)?",
            Pattern.UNICODE_CHARACTER_CLASS);
    private static final String TRAILING = ".,;:!?)]'\u2019\"";

    private AddressBreaks() {
    }

    /** The addresses in a text, as [start, end) pairs, the punctuation after each left out. */
    public static int[][] find(String text) {
        Matcher m = ADDRESS.matcher(text);
        java.util.List<int[]> found = new java.util.ArrayList<>();
        while (m.find()) {
            int end = m.end();
            while (end > m.start() && TRAILING.indexOf(text.charAt(end - 1)) >= 0) {
                end--; // the full stop or bracket after an address is not part of it
            }
            found.add(new int[] {m.start(), end});
        }
        return found.toArray(new int[0][]);
    }

    /** Whether the address starting at {@code start} in {@code text} may break before {@code at}. */
    public static boolean allowed(String text, int start, int at) {
        char before = text.charAt(at - 1);
        char here = text.charAt(at);
        if (before == '/') {
            return here != '/' && !text.startsWith("www.", at);
        }
        return here == '.' && !text.substring(start, at).toLowerCase(Locale.ROOT).endsWith("www");
    }

    /**
     * Whether a line that ends with {@code end} and a next line that starts with {@code start} (the words
     * either side of the break) split an address where it may not break; false when no address spans the break.
     */
    public static boolean badBreak(String end, String start) {
        String joined = end + start;
        int at = end.length();
        for (int[] a : find(joined)) {
            if (a[0] < at && at < a[1]) {
                return end.endsWith("-") || !allowed(joined, a[0], at);
            }
        }
        return false;
    }
}
