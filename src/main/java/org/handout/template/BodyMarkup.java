package org.handout.template;

import freemarker.core.HTMLOutputFormat;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.handout.model.Block;
import org.handout.model.Inline;
import org.handout.model.PlainText;

/**
 * Writes the body's blocks as semantic XHTML, escaping every piece of content. The markup is what
 * OpenHTMLtoPDF tags: {@code h2} becomes H2, {@code ul/li} L/LI, {@code th scope} TH, {@code a} Link.
 * Headings get stable ids ({@code s-pay-and-conditions}) for bookmarks; one instance writes one leaflet.
 */
final class BodyMarkup {
    private final Path leafletDir;
    private final StringBuilder out = new StringBuilder();
    private final Map<String, Integer> usedIds = new HashMap<>();
    private final List<OutlineEntry> outline = new java.util.ArrayList<>();

    /** A heading as a bookmark: its anchor id, its level and its text. */
    record OutlineEntry(String id, int level, String text) {
    }

    /** The XHTML of some blocks, with the outline of their headings. */
    record Result(String xhtml, List<OutlineEntry> outline) {
    }

    /** Whether the page is laid out right to left: its tables are then written mirrored (see {@link #table}). */
    private final boolean rightToLeft;

    private BodyMarkup(Path leafletDir, boolean rightToLeft) {
        this.leafletDir = leafletDir;
        this.rightToLeft = rightToLeft;
    }

    /** @param leafletDir the leaflet file's folder, which image paths are relative to */
    static Result write(List<Block> blocks, Path leafletDir) {
        return write(blocks, leafletDir, false);
    }

    /** As {@link #write(List, Path)}, for a page laid out right to left when {@code rightToLeft}. */
    static Result write(List<Block> blocks, Path leafletDir, boolean rightToLeft) {
        BodyMarkup m = new BodyMarkup(leafletDir, rightToLeft);
        m.blocks(blocks);
        return new Result(m.out.toString(), List.copyOf(m.outline));
    }

    private void blocks(List<Block> blocks) {
        for (int i = 0; i < blocks.size(); i++) {
            Block next = i + 1 < blocks.size() ? blocks.get(i + 1) : null;
            if (blocks.get(i) instanceof Block.Paragraph p && LeadIn.introduces(p, next)) {
                out.append("<p class=\"lead-in\">"); // kept with the list or table it introduces (style.css)
                inlines(p.content());
                out.append("</p>\n");
            } else {
                block(blocks.get(i));
            }
        }
    }

    private void block(Block block) {
        if (block instanceof Block.Heading h) {
            heading(h);
        } else if (block instanceof Block.Paragraph p) {
            out.append("<p>");
            inlines(p.content());
            out.append("</p>\n");
        } else if (block instanceof Block.ListBlock l) {
            list(l);
        } else if (block instanceof Block.Quote q) {
            out.append("<blockquote>\n");
            blocks(q.blocks());
            out.append("</blockquote>\n");
        } else if (block instanceof Block.Table t) {
            table(t);
        } else if (block instanceof Block.CodeBlock c) {
            out.append("<pre>").append(escape(c.text())).append("</pre>\n");
        } else if (block instanceof Block.ThematicBreak) {
            out.append("<hr/>\n");
        } else {
            throw new IllegalStateException("no markup for " + block);
        }
    }

    private void heading(Block.Heading h) {
        String text = PlainText.of(h.content());
        String id = uniqueId(text);
        outline.add(new OutlineEntry(id, h.level(), text));
        out.append("<h").append(h.level()).append(" id=\"").append(id).append("\">");
        inlines(h.content());
        out.append("</h").append(h.level()).append(">\n");
    }

    private void list(Block.ListBlock l) {
        String tag = l.ordered() ? "ol" : "ul";
        out.append('<').append(tag);
        if (l.ordered() && l.start() != 1) {
            out.append(" start=\"").append(l.start()).append('"');
        }
        out.append(">\n");
        for (Block.ListItem item : l.items()) {
            out.append("<li>");
            // A one-paragraph item is written without <p>, as a tight Markdown list reads.
            if (item.blocks().size() == 1 && item.blocks().get(0) instanceof Block.Paragraph p) {
                inlines(p.content());
            } else {
                blocks(item.blocks());
            }
            out.append("</li>\n");
        }
        out.append("</").append(tag).append(">\n");
    }

    /**
     * A table. OpenHTMLtoPDF lays a table's columns out left to right whatever the direction, so on a
     * right-to-left page each row's cells are written last column first ({@code class="mirrored"}):
     * the first column then stands on the right. The PDF stage puts the cells back in reading order
     * in the structure tree (MirroredTables).
     */
    private void table(Block.Table t) {
        // class "wide": four columns or more, which a variant with large type may set a size smaller
        List<String> classes = new ArrayList<>();
        if (rightToLeft) {
            classes.add("mirrored");
        }
        if (t.header().size() >= 4) {
            classes.add("wide");
        }
        out.append(classes.isEmpty() ? "<table>" : "<table class=\"" + String.join(" ", classes) + "\">")
                .append("\n<thead>\n<tr>");
        for (int i : columns(t.header().size())) {
            cell("th", t.header().get(i), alignment(t, i));
        }
        out.append("</tr>\n</thead>\n<tbody>\n");
        for (List<Block.Cell> row : t.rows()) {
            out.append("<tr>");
            for (int i : columns(row.size())) {
                cell("td", row.get(i), alignment(t, i));
            }
            out.append("</tr>\n");
        }
        out.append("</tbody>\n</table>\n");
    }

    /** The order columns are written in: first to last, or last to first on a right-to-left page. */
    private int[] columns(int count) {
        return java.util.stream.IntStream.range(0, count).map(i -> rightToLeft ? count - 1 - i : i).toArray();
    }

    private static Block.Alignment alignment(Block.Table t, int column) {
        return column < t.alignments().size() ? t.alignments().get(column) : Block.Alignment.NONE;
    }

    private void cell(String tag, Block.Cell cell, Block.Alignment alignment) {
        out.append('<').append(tag);
        if (tag.equals("th")) {
            out.append(" scope=\"col\"");
        }
        if (alignment != Block.Alignment.NONE) {
            out.append(" class=\"align-").append(alignment.name().toLowerCase(java.util.Locale.ROOT)).append('"');
        }
        out.append('>');
        inlines(cell.content());
        out.append("</").append(tag).append('>');
    }

    private void inlines(List<Inline> inlines) {
        for (Inline i : inlines) {
            inline(i);
        }
    }

    private void inline(Inline inline) {
        if (inline instanceof Inline.Text t) {
            out.append(escape(t.text()));
        } else if (inline instanceof Inline.Emphasis e) {
            wrap("em", e.content());
        } else if (inline instanceof Inline.Strong s) {
            wrap("strong", s.content());
        } else if (inline instanceof Inline.Code c) {
            out.append("<code>").append(escape(c.text())).append("</code>");
        } else if (inline instanceof Inline.Link l) {
            link(l);
        } else if (inline instanceof Inline.Image i) {
            image(i);
        } else if (inline instanceof Inline.LineBreak b) {
            out.append(b.hard() ? "<br/>" : "\n");
        } else if (inline instanceof Inline.ForeignPhrase f) {
            out.append("<span lang=\"").append(escape(f.lang())).append("\">");
            inlines(f.content());
            out.append("</span>");
        } else if (inline instanceof Inline.Abbreviation a) {
            out.append("<abbr title=\"").append(escape(a.title())).append("\">");
            inlines(a.content());
            out.append("</abbr>");
        } else {
            throw new IllegalStateException("no markup for " + inline);
        }
    }

    private void link(Inline.Link l) {
        // The title becomes the Link's alternate text (and the annotation's Contents): the
        // author's title if given, else the link text a reader sees.
        String text = PlainText.of(l.content());
        String title = l.title() != null && !l.title().isBlank() ? l.title() : text;
        out.append("<a href=\"").append(escape(l.href())).append("\" title=\"").append(escape(title)).append("\">");
        inlines(l.content());
        // A printed page cannot be clicked: print the address unless the text already shows it.
        if (!PrintedAddress.isShownIn(l.href(), text)) {
            out.append("<span class=\"printed-address\"> (").append(escape(PrintedAddress.of(l.href()))).append(")</span>");
        }
        out.append("</a>");
    }

    /** The image's file as a relative web address: {@code <my lab.jpg>} in Markdown is {@code my%20lab.jpg}. */
    private static String uri(Inline.Image i) {
        try {
            return new java.net.URI(null, null, i.file(), null).getRawPath();
        } catch (java.net.URISyntaxException | IllegalArgumentException e) {
            return i.src(); // content checks have already refused paths that are not files
        }
    }

    /**
     * An informative image is an {@code img} (tagged Figure, its alt text the Alt). A decorative one
     * becomes a background, which the layout engine marks as an artifact, so it is never announced.
     */
    private void image(Inline.Image i) {
        String src = uri(i);
        if (!i.decorative()) {
            out.append("<img src=\"").append(escape(src)).append("\" alt=\"").append(escape(i.alt())).append("\"/>");
            return;
        }
        ImageSize size = ImageSize.of(leafletDir.resolve(i.file()));
        if (size == null) {
            return; // content checks have already refused files that are not images
        }
        String cssUrl = src.replace("\\", "\\\\").replace("\"", "\\\"").replaceAll("[\\r\\n]", "");
        // The outer span is the picture's width (at most the line's); the inner one's height is a share of
        // that width (a percentage padding), so a picture scaled down to the line takes only the height
        // it is drawn at, never its pixel height.
        out.append("<span class=\"decorative-image\" style=\"").append(escape(String.format(java.util.Locale.ROOT,
                "width: %dpx", size.width()))).append("\"><span class=\"decorative-image-fill\" style=\"")
                .append(escape(String.format(java.util.Locale.ROOT, "background-image: url(\"%s\"); padding-top: %.4f%%",
                        cssUrl, 100.0 * size.height() / size.width())))
                .append("\"></span></span>");
    }

    private void wrap(String tag, List<Inline> content) {
        out.append('<').append(tag).append('>');
        inlines(content);
        out.append("</").append(tag).append('>');
    }

    private String uniqueId(String text) {
        String base = "s-" + Slugs.of(text);
        int n = usedIds.merge(base, 1, Integer::sum);
        return n == 1 ? base : base + "-" + n;
    }

    static String escape(String text) {
        return HTMLOutputFormat.INSTANCE.escapePlainText(text);
    }
}
