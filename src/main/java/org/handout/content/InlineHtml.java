package org.handout.content;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
            String title = value(abbr).strip();
            if (title.isEmpty()) {
                problems.error(at, "<abbr> needs its expansion in title=\"…\", e.g. <abbr title=\"National Health"
                        + " Service\">NHS</abbr>");
                return Tag.invalid("abbr");
            }
            return new Tag("abbr", title, true);
        }
        String tag = firstTag(literal);
        if (tag.startsWith("</span") || tag.startsWith("</abbr")) {
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

    /**
     * For each node that opens a {@code <span>} or an {@code <abbr>}, the index of the node that closes
     * it, else -1: the first closing tag of its name after it with as many opened as closed between
     * (a tag closes only its own kind). One pass over the nodes, however many tags there are.
     */
    static int[] closes(List<Node> nodes) {
        int[] closes = new int[nodes.size()];
        Arrays.fill(closes, -1);
        Map<String, Deque<Integer>> open = Map.of("span", new ArrayDeque<>(), "abbr", new ArrayDeque<>());
        for (int i = 0; i < nodes.size(); i++) {
            if (nodes.get(i) instanceof HtmlInline h) {
                String tag = firstTag(h.getLiteral());
                for (Map.Entry<String, Deque<Integer>> name : open.entrySet()) {
                    if (tag.equals("</" + name.getKey() + ">")) {
                        if (!name.getValue().isEmpty()) {
                            closes[name.getValue().pop()] = i;
                        }
                    } else if (tag.startsWith("<" + name.getKey())) {
                        name.getValue().push(i);
                    }
                }
            }
        }
        return closes;
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
        return "<" + m.group(1) + m.group(2).toLowerCase(Locale.ROOT) + ">";
    }

    private static String value(Matcher m) {
        return m.group(1) != null ? m.group(1) : m.group(2);
    }
}
