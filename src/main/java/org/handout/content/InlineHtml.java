package org.handout.content;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.handout.model.Position;

/**
 * The only HTML a leaflet may contain: {@code <span lang="…">} for a phrase in another language and
 * {@code <abbr title="…">} for an abbreviation. Anything else is an error that names the tag; it is
 * never passed through or silently dropped.
 */
final class InlineHtml {
    /**
     * How deep {@code <span>} and {@code <abbr>} may be nested. Languages do nest (a Welsh sentence
     * quoting an English name with an abbreviation in it is three deep); eight leaves room, and
     * stops a thousand-deep nest from exhausting the stack of every later stage.
     */
    static final int MAX_DEPTH = 8;
    /** A character reference, as CommonMark reads one: {@code &amp;}, {@code &#233;}, {@code &#xE9;}. */
    private static final Pattern REFERENCE = Pattern.compile(
            "&(?:#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z][a-zA-Z0-9]{1,31});");
    /**
     * An opening {@code span} with its language or {@code abbr} with its expansion; not {@code valid}
     * when that was missing or wrong (already reported), so that its closing tag still matches it.
     */
    record Tag(String name, String value, boolean valid) {
        static Tag invalid(String name) {
            return new Tag(name, null, false);
        }
    }

    private static final Pattern SPAN = Pattern.compile(
            "<span\\s+lang\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')\\s*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern ABBR = Pattern.compile(
            "<abbr\\s+title\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')\\s*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern ANY_TAG = Pattern.compile("<\\s*(/?)\\s*([a-zA-Z][a-zA-Z0-9-]*)|<!--|<\\?|<!\\[CDATA\\[|<!");

    private final Problems problems;

    InlineHtml(Problems problems) {
        this.problems = problems;
    }

    /** The allowed tag this literal opens, or {@code null} after reporting why it is not allowed. */
    Tag open(String literal, Position at) {
        Matcher span = SPAN.matcher(literal);
        if (span.matches()) {
            String lang = value(span);
            return FrontMatterReader.language(lang, at, problems) == null ? Tag.invalid("span") : new Tag("span", lang, true);
        }
        Matcher abbr = ABBR.matcher(literal);
        if (abbr.matches()) {
            String title = decode(value(abbr)).strip();
            if (title.isEmpty()) {
                problems.error(at, "<abbr> needs its expansion in title=\"…\", e.g. <abbr title=\"National Health"
                        + " Service\">NHS</abbr>");
                return Tag.invalid("abbr");
            }
            return new Tag("abbr", title, true);
        }
        String tag = firstTag(literal);
        if (tag.equals("<span/>") || tag.equals("<abbr/>")) {
            String name = tag.substring(1, 5);
            problems.error(at, literal.strip() + " holds no text — put the " + (name.equals("span") ? "phrase"
                    : "abbreviation") + " between <" + name + " …> and </" + name + ">");
        } else if (tag.startsWith("</span") || tag.startsWith("</abbr")) {
            problems.error(at, tag + " closes nothing — remove it, or add the opening tag before it");
        } else if (tag.equals("<span>") || tag.equals("<abbr>")) {
            problems.error(at, tag + " must say " + (tag.equals("<span>") ? "its language: <span lang=\"cy\">"
                    : "its expansion: <abbr title=\"…\">") + " (no other attributes)");
            return Tag.invalid(tag.substring(1, tag.length() - 1));
        } else {
            problems.error(at, "HTML is not allowed here: " + tag + " — write it in Markdown; only"
                    + " <span lang=\"…\"> and <abbr title=\"…\"> may be used");
        }
        return null;
    }

    /** The index of the node closing {@code name} between {@code from} and {@code to}, or -1. */
    static int findClose(List<Node> nodes, int from, int to, String name) {
        int depth = 0;
        for (int i = from; i < to; i++) {
            if (nodes.get(i) instanceof HtmlInline h) {
                String tag = firstTag(h.getLiteral());
                if (tag.equals("</" + name + ">")) {
                    if (depth == 0) {
                        return i;
                    }
                    depth--;
                } else if (tag.equals("<" + name + ">")) {
                    depth++;
                }
            }
        }
        return -1;
    }

    /**
     * The first closing tag of {@code name} after {@code open} in the same block, in reading order,
     * inside later formatting or after the formatting {@code open} is in; or {@code null}.
     */
    static Node laterClose(Node open, String name) {
        List<HtmlInline> later = new java.util.ArrayList<>();
        for (Node at = open; at != null && !(at instanceof org.commonmark.node.Block); at = at.getParent()) {
            for (Node next = at.getNext(); next != null; next = next.getNext()) {
                tags(next, later);
            }
        }
        int depth = 0; // a later <span> of its own takes the next </span>
        for (HtmlInline h : later) {
            String tag = firstTag(h.getLiteral());
            if (tag.equals("<" + name + ">")) {
                depth++;
            } else if (tag.equals("</" + name + ">") && depth-- == 0) {
                return h;
            }
        }
        return null;
    }

    /** The HTML in a node and the nodes inside it, in reading order. */
    private static void tags(Node node, List<HtmlInline> out) {
        if (node instanceof HtmlInline h) {
            out.add(h);
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            tags(child, out);
        }
    }

    /** The tag as a reader would name it: {@code <script>}, {@code </span>}, {@code <!-- comment -->}. */
    static String firstTag(String literal) {
        Matcher m = ANY_TAG.matcher(literal);
        if (!m.find()) {
            return literal.strip();
        }
        if (m.group(2) == null) {
            return m.group().startsWith("<!--") ? "an HTML comment <!-- … -->" : m.group() + "…";
        }
        String name = m.group(2).toLowerCase(Locale.ROOT);
        // <span …/> is told apart, so that it is not taken for a tag its </span> would close.
        boolean empty = m.group(1).isEmpty() && (name.equals("span") || name.equals("abbr"))
                && literal.strip().endsWith("/>");
        return "<" + m.group(1) + name + (empty ? "/>" : ">");
    }

    /**
     * An attribute's value as HTML reads it: {@code title="A&amp;E"} means "A&E". Without this the
     * expansion would be spoken as "A ampersand amp semicolon E".
     */
    static String decode(String value) {
        // CommonMark's own table of HTML5 entities, the one it reads the body's text with.
        return REFERENCE.matcher(value).replaceAll(m -> Matcher.quoteReplacement(
                org.commonmark.internal.util.Html5Entities.entityToString(m.group())));
    }

    private static String value(Matcher m) {
        return m.group(1) != null ? m.group(1) : m.group(2);
    }
}
