package org.handout.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The inline content of one block as a line of Markdown: text, bold, italic, links, pictures and the
 * two kinds of inline HTML a leaflet allows ({@code <span lang>}, {@code <abbr title>}). What cannot be
 * carried over leaves its text and a note.
 */
final class Inlines {
    private final Links links;
    private final String pictureFolder;
    private final String pageLang;
    private final List<Note> notes = new ArrayList<>();
    private boolean breaks;
    private int depthStrong;
    private int depthEm;
    private int depthLink;

    /**
     * @param pictureFolder the pictures' folder as the leaflet refers to it ({@code nursing/})
     * @param pageLang      the document's language; a phrase in another one keeps its {@code lang}
     */
    Inlines(Links links, String pictureFolder, String pageLang) {
        this.links = links;
        this.pictureFolder = pictureFolder;
        this.pageLang = pageLang == null ? "" : pageLang.toLowerCase(Locale.ROOT);
    }

    /** The inline Markdown of these nodes, with its notes (all at its first line); hard breaks only when {@code breaks}. */
    Rendered render(List<Node> nodes, boolean allowBreaks) {
        notes.clear();
        breaks = allowBreaks;
        StringBuilder out = new StringBuilder();
        for (Node n : nodes) {
            node(n, out);
        }
        String text = out.toString().replaceAll("[ \\t]+", " ").replaceAll(" ?\n ?", "\n").strip();
        text = text.replaceAll("(\\\\\n)+$", "").replaceAll("^(\\\\\n)+", "");
        StringBuilder lines = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            if (!lines.isEmpty()) {
                lines.append('\n');
            }
            lines.append(MarkdownText.lineStart(line.strip()));
        }
        List<Note> found = notes.stream().map(n -> n.at(1)).toList();
        return lines.isEmpty() ? new Rendered(List.of(), found, Rendered.Kind.TEXT) : Rendered.of(lines.toString(), found);
    }

    private void node(Node n, StringBuilder out) {
        if (n instanceof TextNode t) {
            out.append(MarkdownText.escape(t.getWholeText().replaceAll("[\\r\\n\\t\\f ]+", " ")));
        } else if (n instanceof Element e) {
            element(e, out);
        }
    }

    private void children(Element e, StringBuilder out) {
        for (Node c : e.childNodes()) {
            node(c, out);
        }
    }

    private String inner(Element e) {
        StringBuilder s = new StringBuilder();
        children(e, s);
        return s.toString();
    }

    private void element(Element e, StringBuilder out) {
        switch (e.normalName()) {
            case "strong", "b" -> wrapped(e, out, true);
            case "em", "i", "cite", "dfn" -> wrapped(e, out, false);
            case "a" -> link(e, out);
            case "img" -> picture(e, out);
            case "br" -> out.append(breaks ? "\\\n" : " ");
            case "code", "kbd", "samp" -> code(e, out);
            case "abbr", "acronym" -> abbreviation(e, out);
            case "span", "q", "bdi" -> phrase(e, out);
            case "p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "td", "th", "figcaption",
                    "dt", "dd" -> {
                // a block inside a cell or heading: its text, apart from what comes before
                out.append(' ');
                children(e, out);
                out.append(' ');
            }
            case "ul", "ol" -> list(e, out);
            default -> children(e, out);
        }
    }

    private void wrapped(Element e, StringBuilder out, boolean strong) {
        boolean already = strong ? depthStrong > 0 : depthEm > 0;
        if (strong) {
            depthStrong++;
        } else {
            depthEm++;
        }
        String text = inner(e);
        if (strong) {
            depthStrong--;
        } else {
            depthEm--;
        }
        if (already || text.isBlank() || text.contains("\n")) {
            out.append(text);
            return;
        }
        String mark = strong ? "**" : "*";
        String core = text.strip();
        if (text.startsWith(" ")) {
            out.append(' ');
        }
        out.append(mark).append(core).append(mark);
        if (text.endsWith(" ")) {
            out.append(' ');
        }
    }

    private void link(Element e, StringBuilder out) {
        if (depthLink > 0) {
            children(e, out);
            return;
        }
        depthLink++;
        String text = inner(e).strip();
        depthLink--;
        Links.Target target = links.resolve(e.attr("href"));
        if (text.isEmpty()) {
            return; // an anchor or an empty link: nothing a reader sees
        }
        if (target.address() == null) {
            if (target.problem() != null) {
                notes.add(Note.warning(1, target.problem()));
            }
            out.append(text);
            return;
        }
        out.append('[').append(text).append("](").append(MarkdownText.destination(target.address())).append(')');
    }

    private void picture(Element e, StringBuilder out) {
        String alt = e.attr("alt").replaceAll("\\s+", " ").strip();
        if (e.hasAttr("data-lost")) {
            notes.add(Note.error(1, e.attr("data-lost")));
            return;
        }
        if (!e.hasAttr("data-picture")) {
            return;
        }
        out.append("![").append(MarkdownText.escape(alt)).append("](")
                .append(MarkdownText.destination(pictureFolder + e.attr("data-picture"))).append(')');
    }

    private void code(Element e, StringBuilder out) {
        String text = e.text();
        if (text.isBlank()) {
            return;
        }
        String fence = text.contains("`") ? "`` " : "`";
        out.append(fence).append(text).append(new StringBuilder(fence).reverse());
    }

    private void abbreviation(Element e, StringBuilder out) {
        String title = e.attr("title").strip();
        if (title.isEmpty()) {
            children(e, out);
            return;
        }
        out.append("<abbr title=\"").append(MarkdownText.attribute(title)).append("\">").append(inner(e)).append("</abbr>");
    }

    private void phrase(Element e, StringBuilder out) {
        String lang = e.attr("lang").strip();
        if (lang.isEmpty() || lang.toLowerCase(Locale.ROOT).equals(pageLang) || !lang.matches("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*")) {
            children(e, out);
            return;
        }
        String text = inner(e);
        if (text.isBlank()) {
            out.append(text);
            return;
        }
        out.append("<span lang=\"").append(lang).append("\">").append(text.strip()).append("</span>");
    }

    /** A list where only text may be (a table cell): its items one after another, separated by semicolons. */
    private void list(Element e, StringBuilder out) {
        List<String> items = new ArrayList<>();
        for (Element li : e.children()) {
            String item = inner(li).strip();
            if (!item.isEmpty()) {
                items.add(item);
            }
        }
        if (!items.isEmpty()) {
            notes.add(Note.warning(1, "a list inside a table cell or heading cannot be carried over as a list: its "
                    + items.size() + " items are written one after another, separated by semicolons — check it reads"
                    + " well, or move the list out of the table"));
            out.append(' ').append(String.join("; ", items)).append(' ');
        }
    }
}
