package org.handout.validation;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.handout.diagnostic.DiagnosticException;

/**
 * Turns what veraPDF's parser threw into a message for whoever exported the PDF. veraPDF's messages are
 * for its developers ("Can't seek for offset 9194 in ASMemoryInStream", "Page tree loop found") and an
 * exception's class name means nothing to a careers adviser, so the failures people meet are worded
 * here; any other message is shown only when it is plain words.
 */
final class ParseFailures {

    static final String NESTED = "its objects are nested too deeply to check";

    /** A veraPDF message (lower case, start of it) and the plain-English reason it stands for. */
    private record Known(String start, String reason) {
    }

    private static final List<Known> KNOWN = List.of(
            new Known("page tree loop", "its page tree loops back on itself"),
            new Known("invalid page tree", "its page tree is damaged: it gives the wrong number of pages"),
            new Known("unknown type of page tree node", "its page tree lists something that is not a page"),
            new Known("pages not found", "it has no pages"),
            new Known("loop in getting object", NESTED),
            new Known("document doesn't contain startxref", "its end is missing: it may have been cut short while"
                    + " being downloaded or copied"),
            new Known("can't seek for offset", "its table of contents (the xref table) points outside the file"),
            new Known("destination offset is greater than stream length", "its table of contents (the xref table)"
                    + " points outside the file"),
            new Known("offset is greater than full stream size", "its table of contents (the xref table) points"
                    + " outside the file"),
            new Known("can not locate xref table", "its table of contents (the xref table) cannot be found"),
            new Known("startxref validation failed", "its table of contents (the xref table) cannot be found"),
            new Known("error in parsing xref stream", "its table of contents (the xref stream) is damaged"),
            new Known("missing root object", "it has no document catalog, the object everything else hangs from"),
            new Known("can't decode flate encoded data", "a compressed part of it cannot be unpacked"),
            new Known("end of file is reached", "it ends in the middle of an object: it may have been cut short"));

    /** Words, numbers and punctuation only: no Java names (CamelCase, dotted packages) or stack frames. */
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9 ,.;:'()/%-]{1,120}");
    private static final Pattern JAVA_NAME = Pattern.compile(".*([a-z][A-Z]|[A-Z]{2,}[a-z]|\\w\\.\\w).*");

    private ParseFailures() {
    }

    /** The diagnostic for a file veraPDF could not parse. */
    static DiagnosticException refusal(String file, Throwable e) {
        Throwable t = e;
        for (int depth = 0; depth < 32 && t != null; depth++, t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof StackOverflowError) {
                return Refusal.damaged(file, NESTED);
            }
            String lower = t.getMessage() == null ? "" : t.getMessage().strip().toLowerCase(Locale.ROOT);
            for (Known known : KNOWN) {
                if (lower.startsWith(known.start())) {
                    return Refusal.damaged(file, known.reason());
                }
            }
        }
        return Refusal.unreadable(file, reason(e));
    }

    /**
     * Why veraPDF gave up, on one line, for a failure not worded above: the innermost cause's message when
     * it is a parser's message in plain words (veraPDF's outer messages are generic, "Couldn't parse
     * stream"), else a general one.
     */
    static String reason(Throwable e) {
        Throwable root = innermost(e);
        String message = root.getMessage() == null ? "" : root.getMessage().replaceAll("\\s+", " ").strip();
        if (root instanceof IOException && PLAIN.matcher(message).matches()
                && !JAVA_NAME.matcher(message).matches() && message.chars().anyMatch(Character::isLetter)) {
            return message;
        }
        return "part of it is not laid out as a PDF must be";
    }

    private static Throwable innermost(Throwable e) {
        Throwable root = e;
        for (int depth = 0; depth < 32 && root.getCause() != null && root.getCause() != root; depth++) {
            root = root.getCause();
        }
        return root;
    }
}
