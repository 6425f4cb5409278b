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
 * that every leaflet handout accepts is built (or refused) in bounded time and memory. Layout, the
 * fidelity check and veraPDF all grow with the printed length, so the main limit is on that,
 * estimated by {@link PrintedLength}; the others bound what costs more than its length: links (each a
 * tagged Link, an annotation and a printed address), table cells, pictures, and nesting (every level
 * indents, until the text has no room; deep trees also overflow the layout engine's stack). Each is
 * far beyond a real careers leaflet (2–8 pages); each error is at the first element past the limit.
 */
final class LeafletLimits {
    /** Estimated A4 pages; large print and A5 then take up to about 85 pages, under the PDF limit. */
    static final int MAX_PAGES = 40;
    static final int MAX_LINKS = 1_000;
    static final int MAX_PICTURES = 100;
    static final int MAX_CELLS = 5_000;
    static final int MAX_COLUMNS = 20;
    /** Lists and quotes inside each other; and, separately, links, emphasis, span and abbr inside each other. */
    static final int MAX_NESTING = 10;

    private final Problems problems;
    private double lines = PrintedLength.FURNITURE;
    private Position pastPages;
    private int links;
    private Position pastLinks;
    private int pictures;
    private Position pastPictures;
    private int cells;
    private Position pastCells;
    private Position tooDeep;
    private Position tooDeepInline;

    private LeafletLimits(Problems problems) {
        this.problems = problems;
    }

    /** Reports each limit the leaflet passes; {@code metadata} is null when the front matter had errors. */
    static void check(Metadata metadata, List<Block> body, Problems problems) {
        LeafletLimits l = new LeafletLimits(problems);
        if (metadata != null) {
            l.frontMatter(metadata);
        }
        l.blocks(body, 0);
        if (metadata != null && metadata.contact() != null) {
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
            add(PrintedLength.text(m.summary().length(), 14, 1.2) + PrintedLength.gap(), m.at("summary"));
        }
    }

    private void contact(Contact c, Position at) {
        add(PrintedLength.quote() + 3, at); // the box's padding and its website, email and phone lines
        if (c.heading() != null) {
            add(PrintedLength.text(c.heading().length(), 16, 1.15), at);
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
            add(PrintedLength.heading(h.level(), h.content()), h.at());
            inlines(h.content(), 0);
        } else if (block instanceof Block.Paragraph p) {
            add(PrintedLength.paragraph(p.content()), p.at());
            inlines(p.content(), 0);
        } else if (block instanceof Block.ListBlock l) {
            if (nested(depth, l.at())) {
                return;
            }
            for (Block.ListItem item : l.items()) {
                List<Block> rest = item.blocks();
                if (!rest.isEmpty() && rest.get(0) instanceof Block.Paragraph first) {
                    add(PrintedLength.listItem(first.content()), item.at());
                    inlines(first.content(), 0);
                    rest = rest.subList(1, rest.size());
                } else {
                    add(PrintedLength.listItem(List.of()), item.at());
                }
                blocks(rest, depth + 1);
            }
            add(PrintedLength.gap(), l.at());
        } else if (block instanceof Block.Quote q) {
            if (nested(depth, q.at())) {
                return;
            }
            add(PrintedLength.quote(), q.at());
            blocks(q.blocks(), depth + 1);
        } else if (block instanceof Block.Table t) {
            table(t);
        } else if (block instanceof Block.CodeBlock c) {
            add(PrintedLength.code(c.text()), c.at());
        } else if (block instanceof Block.ThematicBreak r) {
            add(PrintedLength.rule(), r.at());
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
        add(PrintedLength.gap(), t.at());
    }

    private void row(List<Block.Cell> row, int columns, Position table) {
        Position at = row.isEmpty() || row.get(0).at().line() == 0 ? table : row.get(0).at();
        add(PrintedLength.row(row, columns), at);
        for (Block.Cell cell : row) {
            cells++;
            if (cells == MAX_CELLS + 1) {
                pastCells = cell.at().line() > 0 ? cell.at() : table;
            }
            inlines(cell.content(), 0);
        }
    }

    private void inlines(List<Inline> inlines, int depth) {
        for (Inline i : inlines) {
            if (i instanceof Inline.Link) {
                links++;
                if (links == MAX_LINKS + 1) {
                    pastLinks = i.at();
                }
            } else if (i instanceof Inline.Image) {
                pictures++;
                if (pictures == MAX_PICTURES + 1) {
                    pastPictures = i.at();
                }
            }
            List<Inline> children = Inlines.children(i);
            if (!children.isEmpty()) {
                if (depth >= MAX_NESTING) {
                    if (tooDeepInline == null) {
                        tooDeepInline = i.at();
                    }
                } else {
                    inlines(children, depth + 1);
                }
            }
        }
    }

    /** Adds an element's lines, remembering where the leaflet passes its page limit. */
    private void add(double more, Position at) {
        lines += more;
        if (pastPages == null && lines > MAX_PAGES * PrintedLength.LINES_PER_PAGE) {
            pastPages = at;
        }
    }

    private void report() {
        if (pastPages != null) {
            long pages = (long) Math.ceil(lines / PrintedLength.LINES_PER_PAGE);
            problems.error(pastPages, format("this leaflet would print on about %,d A4 pages; a leaflet may have"
                    + " at most %,d (page %,d would start about here) — split it into several leaflets", pages,
                    MAX_PAGES, MAX_PAGES + 1));
        }
        if (pastLinks != null) {
            problems.error(pastLinks, format("this leaflet has %,d links; a leaflet may have at most %,d (this is"
                    + " link %,d) — split it into several leaflets", links, MAX_LINKS, MAX_LINKS + 1));
        }
        if (pastPictures != null) {
            problems.error(pastPictures, format("this leaflet has %,d pictures; a leaflet may have at most %,d (this"
                    + " is picture %,d) — split it into several leaflets", pictures, MAX_PICTURES, MAX_PICTURES + 1));
        }
        if (pastCells != null) {
            problems.error(pastCells, format("this leaflet's tables have %,d cells; a leaflet may have at most %,d"
                    + " (this is cell %,d) — split the table, or the leaflet, into several", cells, MAX_CELLS,
                    MAX_CELLS + 1));
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
