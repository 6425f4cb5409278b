package org.handout.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;

/**
 * A document's content (semantic HTML: mammoth's for Word, the main content of a web page) walked into
 * a leaflet's Markdown body, block by block: headings re-levelled under the title, paragraphs, lists
 * (nested), quotes, tables and pictures. Whatever changed on the way is a note at its line.
 */
final class MarkdownBody {
    /** The body, and the title taken out of it (null when the document's content has none). */
    record Body(String title, Rendered markdown) {
    }

    /** The deepest heading a leaflet's templates set apart: {@code ####} under the title's {@code #}. */
    static final int DEEPEST = 4;
    private static final Set<String> INLINE = Set.of("a", "abbr", "acronym", "b", "bdi", "br", "cite", "code", "dfn",
            "em", "i", "img", "kbd", "mark", "q", "s", "samp", "small", "span", "strike", "strong", "sub", "sup", "u",
            "del", "ins", "font", "time", "data", "var", "wbr");
    private static final int HEADING_LIKE_LENGTH = 120;

    private final Inlines inlines;
    private final Element title;
    private final int topLevel;
    private int lastLevel = 1;

    private MarkdownBody(Inlines inlines, Element title, int topLevel) {
        this.inlines = inlines;
        this.title = title;
        this.topLevel = topLevel;
    }

    /**
     * @param content the element whose children are the document's blocks
     * @param title   the element that holds the document's title, taken out of the body; null for none
     */
    static Body write(Element content, Element title, Inlines inlines) {
        int top = DEEPEST;
        for (Element h : content.select("h1, h2, h3, h4, h5, h6")) {
            if (h != title) {
                top = Math.min(top, level(h));
            }
        }
        MarkdownBody body = new MarkdownBody(inlines, title, top);
        String titleText = title == null ? null : title.text().replaceAll("\\s+", " ").strip();
        return new Body(titleText == null || titleText.isEmpty() ? null : titleText, body.blocks(content.childNodes()));
    }

    private static int level(Element h) {
        return h.normalName().charAt(1) - '0';
    }

    /** Blocks one after another, with loose inline content gathered into paragraphs. */
    private Rendered blocks(List<Node> nodes) {
        List<Rendered> out = new ArrayList<>();
        List<Node> loose = new ArrayList<>();
        for (Node n : nodes) {
            if (n instanceof TextNode || n instanceof Element e && INLINE.contains(e.normalName())) {
                loose.add(n);
                continue;
            }
            if (!(n instanceof Element e)) {
                continue;
            }
            out.add(paragraph(loose));
            loose = new ArrayList<>();
            out.add(block(e));
        }
        out.add(paragraph(loose));
        return join(out);
    }

    /** A blank line between blocks. */
    private static Rendered join(List<Rendered> blocks) {
        return Rendered.join(blocks, Rendered.Kind.TEXT, (a, b) -> true);
    }

    private Rendered block(Element e) {
        return switch (e.normalName()) {
            case "p" -> paragraph(e);
            case "h1", "h2", "h3", "h4", "h5", "h6" -> heading(e);
            case "ul", "ol" -> list(e);
            case "blockquote" -> blocks(e.childNodes()).prefixed("> ", "> ");
            case "table" -> TableWriter.write(e, inlines);
            case "figure" -> figure(e);
            case "pre" -> code(e);
            case "dl" -> definitions(e);
            case "hr", "script", "style", "template", "noscript", "head", "title", "meta", "link" -> Rendered.NOTHING;
            default -> blocks(e.childNodes());
        };
    }

    private Rendered paragraph(List<Node> nodes) {
        if (nodes.stream().allMatch(n -> n instanceof TextNode t && t.isBlank())) {
            return Rendered.NOTHING;
        }
        return inlines.render(nodes, true);
    }

    private Rendered paragraph(Element p) {
        Rendered text = paragraph(p.childNodes());
        if (text.isEmpty() || !headingLike(p)) {
            return text;
        }
        List<Note> notes = new ArrayList<>(text.notes());
        notes.add(Note.warning(1, "a bold paragraph used as a heading? (\"" + p.text().strip() + "\") — if it starts a"
                + " section, make it a heading: \"## " + p.text().strip() + "\" (in Word, give it the Heading 1 or"
                + " Heading 2 style)"));
        return new Rendered(text.lines(), notes, text.kind());
    }

    /** A short paragraph all in bold, not ending as a sentence does: what Word users make instead of a heading. */
    private static boolean headingLike(Element p) {
        String text = p.text().strip();
        if (text.isEmpty() || text.length() > HEADING_LIKE_LENGTH || text.matches(".*[.,;:!?]$") || !p.select("img").isEmpty()) {
            return false;
        }
        Elements bold = p.select("strong, b");
        StringBuilder boldText = new StringBuilder();
        for (Element b : bold) {
            if (b.parents().stream().noneMatch(a -> bold.contains(a))) {
                boldText.append(b.text());
            }
        }
        return boldText.toString().replaceAll("\\s+", "").equals(text.replaceAll("\\s+", ""));
    }

    private Rendered heading(Element h) {
        if (h == title) {
            return Rendered.NOTHING;
        }
        Rendered text = inlines.render(h.childNodes(), false);
        if (text.isEmpty()) {
            return Rendered.NOTHING;
        }
        int original = level(h);
        int wanted = original - topLevel + 2;
        int level = Math.min(Math.min(wanted, lastLevel + 1), DEEPEST);
        List<Note> notes = new ArrayList<>(text.notes());
        if (wanted > lastLevel + 1 && lastLevel + 1 <= DEEPEST) {
            notes.add(Note.warning(1, "a heading level was skipped in the document (" + name(original) + " after "
                    + (lastLevel == 1 ? "the title" : name(lastLevel + topLevel - 2)) + "): this heading is made "
                    + "#".repeat(level) + " so that none is skipped — check that the sections nest as meant"));
        } else if (wanted > DEEPEST) {
            notes.add(Note.warning(1, "a " + name(original) + " is deeper than a leaflet's headings go: it is made "
                    + "#".repeat(DEEPEST) + " — check it, or make it a bold paragraph"));
        }
        lastLevel = level;
        return new Rendered(List.of("#".repeat(level) + " " + String.join(" ", text.lines())), notes,
                Rendered.Kind.TEXT);
    }

    private static String name(int level) {
        return "level-" + level + " heading";
    }

    private Rendered list(Element list) {
        boolean numbered = list.normalName().equals("ol");
        int number = numbered ? Math.max(0, parseStart(list.attr("start"))) : 0;
        List<Rendered> items = new ArrayList<>();
        boolean loose = false;
        for (Element li : list.children()) {
            if (!li.normalName().equals("li")) {
                items.add(blocks(List.of(li)));
                continue;
            }
            Rendered content = item(li);
            loose |= content.lines().contains("") && li.children().stream()
                    .filter(c -> !c.normalName().equals("ul") && !c.normalName().equals("ol")).count() > 1;
            String marker = numbered ? (number++) + ". " : "- ";
            items.add((content.isEmpty() ? Rendered.of("", content.notes()) : content)
                    .prefixed(marker, " ".repeat(marker.length())));
        }
        boolean blank = loose;
        return Rendered.join(items, Rendered.Kind.LIST, (a, b) -> blank);
    }

    private static int parseStart(String start) {
        try {
            return start.isBlank() ? 1 : Integer.parseInt(start.strip());
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** A list item's blocks: its text, then any list nested in it without a blank line (a tight list stays tight). */
    private Rendered item(Element li) {
        List<Rendered> parts = new ArrayList<>();
        List<Node> loose = new ArrayList<>();
        for (Node n : li.childNodes()) {
            if (n instanceof Element e && !INLINE.contains(e.normalName())) {
                parts.add(paragraph(loose));
                loose = new ArrayList<>();
                parts.add(block(e));
            } else {
                loose.add(n);
            }
        }
        parts.add(paragraph(loose));
        return Rendered.join(parts, Rendered.Kind.TEXT, (a, b) -> b.kind() == Rendered.Kind.TEXT);
    }

    private Rendered figure(Element figure) {
        List<Rendered> parts = new ArrayList<>();
        for (Element c : figure.children()) {
            parts.add(c.normalName().equals("figcaption") ? paragraph(c.childNodes()) : blocks(List.of(c)));
        }
        return Rendered.join(parts, Rendered.Kind.TEXT, (a, b) -> true);
    }

    private static Rendered code(Element pre) {
        String text = pre.wholeText().replaceAll("\\s+$", "");
        if (text.isBlank()) {
            return Rendered.NOTHING;
        }
        String fence = text.contains("```") ? "~~~~" : "```";
        return Rendered.of(fence + "\n" + text + "\n" + fence, List.of());
    }

    private Rendered definitions(Element dl) {
        List<Rendered> parts = new ArrayList<>();
        for (Element c : dl.children()) {
            Rendered text = paragraph(c.childNodes());
            if (c.normalName().equals("dt") && !text.isEmpty()) {
                text = new Rendered(text.lines().stream().map(l -> "**" + l + "**").toList(), text.notes(), text.kind());
            }
            parts.add(text);
        }
        return Rendered.join(parts, Rendered.Kind.TEXT, (a, b) -> true);
    }
}
