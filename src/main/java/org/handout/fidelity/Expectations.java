package org.handout.fidelity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.handout.model.Block;
import org.handout.model.Contact;
import org.handout.model.Inline;
import org.handout.model.Inlines;
import org.handout.model.Leaflet;
import org.handout.model.Metadata;
import org.handout.model.Position;

/**
 * What a leaflet's PDF must hold, read from its model: the title, subtitle, summary, every block of
 * the body and the contact box. Each group is in reading order; the groups themselves may stand in
 * any order, since a template may place the contact box or the summary where it likes.
 */
final class Expectations {
    private static final Set<String> ANY = Set.of();
    private static final Set<String> HEADINGS = Set.of("H", "H1", "H2", "H3", "H4", "H5", "H6");

    private final List<Expectation> out = new ArrayList<>();
    private final List<Position> decorative = new ArrayList<>();

    /** The groups, and where the decorative pictures are (they are drawn as artifacts, so only counted). */
    record Groups(List<List<Expectation>> groups, List<Position> decorative) {
    }

    private Expectations() {
    }

    static Groups of(Leaflet leaflet) {
        Metadata m = leaflet.metadata();
        List<List<Expectation>> groups = new ArrayList<>();
        groups.add(List.of(Expectation.text(Set.of("H1"), m.title(), m.at("title"), "the title")));
        if (m.subtitle() != null) {
            groups.add(List.of(Expectation.text(ANY, m.subtitle(), m.at("subtitle"), "the subtitle")));
        }
        if (m.summary() != null) {
            groups.add(List.of(Expectation.text(ANY, m.summary(), m.at("summary"), "the summary")));
        }
        Expectations e = new Expectations();
        e.blocks(leaflet.body());
        groups.add(List.copyOf(e.out));
        if (m.contact() != null) {
            e.out.clear();
            e.contact(m.contact(), m);
            groups.add(List.copyOf(e.out));
        }
        return new Groups(groups.stream().filter(g -> !g.isEmpty()).toList(), List.copyOf(e.decorative));
    }

    private void contact(Contact c, Metadata m) {
        if (c.heading() != null) {
            out.add(Expectation.text(HEADINGS, c.heading(), m.at("contact.heading"), "the contact box's heading"));
        }
        blocks(c.text());
        if (c.website() != null) {
            link(c.website().toString(), c.website().toString(), m.at("contact.website"), "the contact box's website");
        }
        if (c.email() != null) {
            link("mailto:" + c.email(), c.email(), m.at("contact.email"), "the contact box's email address");
        }
        if (c.phone() != null) {
            link("tel:" + c.phone(), c.phone(), m.at("contact.phone"), "the contact box's phone number");
        }
    }

    private void blocks(List<Block> blocks) {
        for (Block b : blocks) {
            block(b);
        }
    }

    private void block(Block block) {
        if (block instanceof Block.Heading h) {
            String text = drawn(h.content());
            out.add(Expectation.text(Set.of("H" + h.level()), text, h.at(), "the heading \"" + Words.start(text) + "\""));
            inlines(h.content());
        } else if (block instanceof Block.Paragraph p) {
            paragraph(Set.of("P"), p, "the paragraph");
        } else if (block instanceof Block.ListBlock l) {
            for (Block.ListItem item : l.items()) {
                listItem(item);
            }
        } else if (block instanceof Block.Quote q) {
            blocks(q.blocks());
        } else if (block instanceof Block.Table t) {
            table(t);
        } else if (block instanceof Block.CodeBlock c) {
            out.add(Expectation.text(ANY, c.text(), c.at(), "the code block \"" + Words.start(c.text()) + "\""));
        }
    }

    /**
     * A list item's first paragraph is its own text (written without a {@code p}); the rest are blocks.
     * An empty item expects nothing.
     */
    private void listItem(Block.ListItem item) {
        List<Block> rest = item.blocks();
        if (rest.isEmpty()) {
            return; // "-" alone: nothing to lose, and the layout engine tags no LI for an empty li
        }
        if (rest.get(0) instanceof Block.Paragraph first) {
            paragraph(Set.of("LI"), first, "the list item");
            rest = rest.subList(1, rest.size());
        } else {
            out.add(new Expectation(Expectation.Kind.TEXT, Set.of("LI"), List.of(), null, null, item.at(),
                    "the list item", null));
        }
        blocks(rest);
    }

    private void paragraph(Set<String> tags, Block.Paragraph p, String kind) {
        String text = drawn(p.content());
        if (!Words.of(text).isEmpty() || tags.contains("LI")) {
            out.add(Expectation.text(tags, text, p.at(), kind + " \"" + Words.start(text) + "\""));
        }
        inlines(p.content());
    }

    private void table(Block.Table t) {
        int columns = t.header().size();
        int[] worded = new int[columns];
        List<List<Block.Cell>> rows = new ArrayList<>(List.of(t.header()));
        rows.addAll(t.rows());
        for (List<Block.Cell> row : rows) {
            for (int i = 0; i < Math.min(row.size(), columns); i++) {
                worded[i] += Words.of(drawn(row.get(i).content())).isEmpty() ? 0 : 1;
            }
        }
        for (int i = 0; i < t.header().size(); i++) {
            cell("TH", t.header().get(i), t, i, worded, "the table's heading");
        }
        for (List<Block.Cell> row : t.rows()) {
            for (int i = 0; i < row.size(); i++) {
                cell("TD", row.get(i), t, i, worded, "the table cell");
            }
        }
    }

    private void cell(String tag, Block.Cell cell, Block.Table table, int column, int[] worded, String kind) {
        String text = drawn(cell.content());
        Position at = cell.at().line() > 0 ? cell.at() : table.at();
        out.add(new Expectation(Expectation.Kind.TEXT, Set.of(tag), Words.of(text), null, null, at,
                kind + " \"" + Words.start(text) + "\" (column " + (column + 1) + ")",
                new Expectation.Cell(table.at(), column, worded.length, column < worded.length ? worded[column] : 0)));
        inlines(cell.content());
    }

    private void inlines(List<Inline> inlines) {
        for (Inline i : inlines) {
            if (i instanceof Inline.Link l) {
                link(l.href(), drawn(l.content()), l.at(), "the link to " + l.href());
            } else if (i instanceof Inline.Image image) {
                if (image.decorative()) {
                    decorative.add(image.at());
                } else {
                    out.add(new Expectation(Expectation.Kind.FIGURE, Set.of("Figure"), List.of(), image.alt(), null,
                            image.at(), "the picture \"" + image.src() + "\"", null));
                }
            }
            inlines(Inlines.children(i));
        }
    }

    private void link(String href, String text, Position at, String what) {
        out.add(new Expectation(Expectation.Kind.LINK, Set.of("Link"), Words.of(text), null, href, at, what, null));
    }

    /**
     * The words an inline run draws: its text, not the alt text of its pictures. A link's end ends a
     * word, since its printed address may follow it there.
     */
    static String drawn(List<Inline> inlines) {
        StringBuilder s = new StringBuilder();
        drawn(inlines, s);
        return s.toString();
    }

    private static void drawn(List<Inline> inlines, StringBuilder s) {
        for (Inline i : inlines) {
            if (i instanceof Inline.Text t) {
                s.append(t.text());
            } else if (i instanceof Inline.Code c) {
                s.append(c.text());
            } else if (i instanceof Inline.Image || i instanceof Inline.LineBreak) {
                s.append(' ');
            } else if (i instanceof Inline.Link l) {
                // the template may print the address after the link's text: "CV (www.example.org)s"
                drawn(l.content(), s);
                s.append(' ');
            } else {
                drawn(Inlines.children(i), s);
            }
        }
    }
}
