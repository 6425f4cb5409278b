package org.handout.model;

import java.util.List;
import java.util.function.Consumer;

/** Visits a body's blocks or inlines, depth first and in reading order, however deeply nested. */
public final class Walk {
    private Walk() {
    }

    /** Every block, containers before their contents. */
    public static void blocks(List<Block> blocks, Consumer<Block> visitor) {
        for (Block b : blocks) {
            visitor.accept(b);
            if (b instanceof Block.ListBlock l) {
                l.items().forEach(item -> blocks(item.blocks(), visitor));
            } else if (b instanceof Block.Quote q) {
                blocks(q.blocks(), visitor);
            }
        }
    }

    /** Every inline, containers (links, emphasis…) before their contents. */
    public static void inlines(List<Block> blocks, Consumer<Inline> visitor) {
        blocks(blocks, b -> {
            if (b instanceof Block.Heading h) {
                inlineTree(h.content(), visitor);
            } else if (b instanceof Block.Paragraph p) {
                inlineTree(p.content(), visitor);
            } else if (b instanceof Block.Table t) {
                t.header().forEach(cell -> inlineTree(cell.content(), visitor));
                t.rows().forEach(row -> row.forEach(cell -> inlineTree(cell.content(), visitor)));
            }
        });
    }

    private static void inlineTree(List<Inline> inlines, Consumer<Inline> visitor) {
        for (Inline i : inlines) {
            visitor.accept(i);
            inlineTree(Inlines.children(i), visitor);
        }
    }
}
