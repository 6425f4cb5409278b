package org.handout.model;

import java.util.List;

/** A block of the body: the things a screen reader announces as headings, paragraphs, lists, tables. */
public sealed interface Block {
    Position at();

    /** A section ({@code level} 2) or sub-section (3) heading; the title is the only level 1. */
    record Heading(int level, List<Inline> content, Position at) implements Block {
        public Heading {
            content = List.copyOf(content);
        }
    }

    record Paragraph(List<Inline> content, Position at) implements Block {
        public Paragraph {
            content = List.copyOf(content);
        }
    }

    /** A bullet list, or a numbered one starting at {@code start}. */
    record ListBlock(boolean ordered, int start, List<ListItem> items, Position at) implements Block {
        public ListBlock {
            items = List.copyOf(items);
        }
    }

    record ListItem(List<Block> blocks, Position at) {
        public ListItem {
            blocks = List.copyOf(blocks);
        }
    }

    record Quote(List<Block> blocks, Position at) implements Block {
        public Quote {
            blocks = List.copyOf(blocks);
        }
    }

    /** A table whose first row is its header row, as the content format says. */
    record Table(List<Cell> header, List<List<Cell>> rows, List<Alignment> alignments, Position at)
            implements Block {
        public Table {
            header = List.copyOf(header);
            rows = rows.stream().map(List::copyOf).toList();
            alignments = List.copyOf(alignments);
        }
    }

    record Cell(List<Inline> content, Position at) {
        public Cell {
            content = List.copyOf(content);
        }
    }

    enum Alignment { NONE, LEFT, CENTER, RIGHT }

    record CodeBlock(String text, Position at) implements Block {
    }

    record ThematicBreak(Position at) implements Block {
    }
}
