package org.handout.content;

import java.util.List;
import java.util.Locale;
import org.handout.model.Block;
import org.handout.model.Contact;
import org.handout.model.Inline;
import org.handout.model.Inlines;
import org.handout.model.Metadata;
import org.handout.model.Position;

/**
 * The most one leaflet may hold, checked on the model in one pass before anything is laid out, so
 * that every leaflet handout accepts is built (or refused) in bounded time and memory. Two measures
 * predict the cost: the printed length, estimated by {@link PrintedLength} (layout and veraPDF's font
 * checks grow with the text drawn), and the number of tagged parts (the structure tree the layout
 * engine builds and sorts, that the fidelity check reads and veraPDF checks element by element). Three
 * more bound what neither measure does: pictures (each decoded and embedded), table columns and
 * nesting (every level indents, until the text has no room; deep trees also overflow the layout
 * engine's stack). Each limit is far beyond a real careers leaflet (2–8 pages, 30–150 parts), and each
 * error is at the first element past it.
 */
final class LeafletLimits {
    /** Estimated A4 pages; large print then takes up to about 80 pages and A5 60, under the PDF limit. */
    static final int MAX_PAGES = 40;
    /**
     * Headings, paragraphs, list items, quotes, code blocks, table cells, pictures and phrases (emphasis,
     * code, {@code <span>}, {@code <abbr>}) count 1 each; a link counts {@value #LINK}.
     */
    static final int MAX_PARTS = 3_000;
    /** A link is a Link element, its printed address, an annotation and a reference: it costs about 5 parts. */
    static final int LINK = 5;
    static final int MAX_PICTURES = 100;
    static final int MAX_COLUMNS = 20;
    /** Lists and quotes inside each other; and, separately, links, emphasis, span and abbr inside each other. */
    static final int MAX_NESTING = 10;

    private final Problems problems;
    private double lines = PrintedLength.FURNITURE;
    private Position pastPages;
    private int parts;
    private int links;
    private Position pastParts;
    private int pictures;
    private Position pastPictures;
    private Position tooDeep;
    private Position tooDeepInline;

    private LeafletLimits(Problems problems) {
        this.problems = problems;
    }

    /** Reports each limit the leaflet passes. */
    static void check(Metadata metadata, List<Block> body, Problems problems) {
        LeafletLimits l = new LeafletLimits(problems);
        l.frontMatter(metadata);
        l.blocks(body, 0);
        if (metadata.contact() != null) {
            l.contact(metadata.contact(), metadata.at("contact"));
        }
        l.report();
    }

    private void frontMatter(Metadata m) {
        lines += PrintedLength.text(m.title().length(), 26, 1.8);
        if (m.subtitle() != null) {
            lines += PrintedLength.text(m.subtitle().length(), 14, 1.2);
        }
        if (m.summary() != null) {
            add(PrintedLength.text(m.summary().length(), 14, 1.2) + PrintedLength.gap(), 1, m.at("summary"));
        }
    }

    private void contact(Contact c, Position at) {
        // the box's padding, heading, and its website, email and phone lines (links)
        add(PrintedLength.quote() + 3, 1 + 3 * LINK, at);
        if (c.heading() != null) {
            add(PrintedLength.text(c.heading().length(), 16, 1.15), 1, at);
        }
        blocks(c.text(), 0);
    }

    private void blocks(List<Block> blocks, int depth) {
        for (Block b : blocks) {
            block(b, depth);
        }
    }

    private void block(Block block, int depth) {
        if (block instanceof Block.Heading h) {
            add(PrintedLength.heading(h.level(), h.content()), 1, h.at());
            inlines(h.content(), 0);
        } else if (block instanceof Block.Paragraph p) {
            add(PrintedLength.paragraph(p.content()), 1, p.at());
            inlines(p.content(), 0);
        } else if (block instanceof Block.ListBlock l) {
            if (nested(depth, l.at())) {
                return;
            }
            for (Block.ListItem item : l.items()) {
                List<Block> rest = item.blocks();
                if (!rest.isEmpty() && rest.get(0) instanceof Block.Paragraph first) {
                    add(PrintedLength.listItem(first.content()), 1, item.at());
                    inlines(first.content(), 0);
                    rest = rest.subList(1, rest.size());
                } else {
                    add(PrintedLength.listItem(List.of()), 1, item.at());
                }
                blocks(rest, depth + 1);
            }
            add(PrintedLength.gap(), 0, l.at());
        } else if (block instanceof Block.Quote q) {
            if (nested(depth, q.at())) {
                return;
            }
            add(PrintedLength.quote(), 1, q.at());
            blocks(q.blocks(), depth + 1);
        } else if (block instanceof Block.Table t) {
            table(t);
        } else if (block instanceof Block.CodeBlock c) {
            add(PrintedLength.code(c.text()), 1, c.at());
        } else if (block instanceof Block.ThematicBreak r) {
            add(PrintedLength.rule(), 0, r.at());
        }
    }

    /** Whether a list or quote at {@code depth} is one level too many (and remembered if it is the first). */
    private boolean nested(int depth, Position at) {
        if (depth < MAX_NESTING) {
            return false;
        }
        if (tooDeep == null) {
            tooDeep = at;
        }
        return true;
    }

    private void table(Block.Table t) {
        int columns = t.header().size();
        if (columns > MAX_COLUMNS) {
            problems.error(t.at(), format("this table has %,d columns; a table may have at most %,d — split it into"
                    + " narrower tables, or turn it into a list", columns, MAX_COLUMNS));
        }
        row(t.header(), columns, t.at());
        for (List<Block.Cell> row : t.rows()) {
            row(row, columns, t.at());
        }
        add(PrintedLength.gap(), 0, t.at());
    }

    private void row(List<Block.Cell> row, int columns, Position table) {
        Position at = row.isEmpty() || row.get(0).at().line() == 0 ? table : row.get(0).at();
        add(PrintedLength.row(row, columns), 0, at);
        for (Block.Cell cell : row) {
            add(0, 1, cell.at().line() > 0 ? cell.at() : table);
            inlines(cell.content(), 0);
        }
    }

    private void inlines(List<Inline> inlines, int depth) {
        for (Inline i : inlines) {
            if (i instanceof Inline.Link) {
                links++;
                add(0, LINK, i.at());
            } else if (i instanceof Inline.Image) {
                add(0, 1, i.at());
                pictures++;
                if (pictures == MAX_PICTURES + 1) {
                    pastPictures = i.at();
                }
            } else if (!(i instanceof Inline.Text || i instanceof Inline.LineBreak)) {
                add(0, 1, i.at()); // a phrase: emphasis, code, <span>, <abbr>
            }
            List<Inline> children = Inlines.children(i);
            if (children.isEmpty()) {
                continue;
            }
            if (depth < MAX_NESTING) {
                inlines(children, depth + 1);
            } else if (tooDeepInline == null) {
                tooDeepInline = i.at();
            }
        }
    }

    /** Adds an element's lines and parts, remembering where the leaflet passes either limit. */
    private void add(double moreLines, int moreParts, Position at) {
        lines += moreLines;
        if (pastPages == null && lines > MAX_PAGES * PrintedLength.LINES_PER_PAGE) {
            pastPages = at;
        }
        parts += moreParts;
        if (pastParts == null && parts > MAX_PARTS) {
            pastParts = at;
        }
    }

    private void report() {
        if (pastPages != null) {
            long pages = (long) Math.ceil(lines / PrintedLength.LINES_PER_PAGE);
            problems.error(pastPages, format("this leaflet would print on about %,d A4 pages; a leaflet may have"
                    + " at most %,d (page %,d would start about here) — split it into several leaflets", pages,
                    MAX_PAGES, MAX_PAGES + 1));
        }
        if (pastParts != null) {
            String linkParts = links == 0 ? "a link " + LINK : format("each of its %,d links %d", links, LINK);
            problems.error(pastParts, format("this leaflet has %,d parts (headings, paragraphs, list items, table"
                    + " cells, pictures and phrases count 1, %s); a leaflet may have at most %,d, and passes that here"
                    + " — split it into several leaflets", parts, linkParts, MAX_PARTS));
        }
        if (pastPictures != null) {
            problems.error(pastPictures, format("this leaflet has %,d pictures; a leaflet may have at most %,d (this"
                    + " is picture %,d) — split it into several leaflets", pictures, MAX_PICTURES, MAX_PICTURES + 1));
        }
        if (tooDeep != null) {
            problems.error(tooDeep, format("lists and quotes are nested more than %d deep here — use fewer levels, or"
                    + " start a new section with a heading", MAX_NESTING));
        }
        if (tooDeepInline != null) {
            problems.error(tooDeepInline, format("links, emphasis, <span> and <abbr> are nested more than %d deep"
                    + " here — use fewer levels", MAX_NESTING));
        }
    }

    /** Numbers as an English reader writes them: 20,000. */
    private static String format(String message, Object... numbers) {
        return String.format(Locale.ROOT, message, numbers);
    }
}
