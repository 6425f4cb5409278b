package org.handout.importer;

import java.util.regex.Pattern;

/**
 * Text made safe to put in Markdown: a document's "*", "[", "<" or a line starting "1." stay the
 * characters they were instead of becoming emphasis, links, HTML or lists.
 */
final class MarkdownText {
    private static final Pattern ENTITY_LIKE = Pattern.compile("&(?=#?[A-Za-z0-9]+;)");
    /** What starts a block when it starts a line: a heading, quote, list item, rule or fence. */
    private static final Pattern BLOCK_START = Pattern.compile("^(#|>|[-+*=~](?=\\s|$|[-=~]*$)|`{3}|~{3}|\\d{1,9}(?=[.)](\\s|$)))");

    private MarkdownText() {
    }

    /** Text inside a paragraph, heading or cell: every character that could start Markdown escaped. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\', '`', '*', '_', '[', ']', '<', '|', '#' -> out.append('\\').append(c);
                default -> out.append(c);
            }
        }
        return ENTITY_LIKE.matcher(out).replaceAll("\\\\&");
    }

    /** A whole line of a paragraph: a block marker at its start escaped. */
    static String lineStart(String line) {
        var m = BLOCK_START.matcher(line);
        if (!m.find()) {
            return line;
        }
        String start = m.group(1);
        if (Character.isDigit(start.charAt(0))) {
            // "2026. A year" stays text: escape the full stop or bracket after the number.
            return start + "\\" + line.substring(start.length());
        }
        return start.startsWith("#") ? line : "\\" + line; // '#' is escaped everywhere already
    }

    /** An address or path as a link destination: in angle brackets when it has spaces or brackets. */
    static String destination(String url) {
        if (url.matches("[^\\s()<>\\\\]*")) {
            return url;
        }
        return "<" + url.replace("\\", "\\\\").replace("<", "%3C").replace(">", "%3E") + ">";
    }

    /** A value for an HTML attribute in double quotes. */
    static String attribute(String value) {
        return value.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
    }
}
