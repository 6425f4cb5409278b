package org.handout.content;

import java.util.List;
import org.handout.model.Block;
import org.handout.model.Inline;
import org.handout.model.Inlines;

/**
 * How many lines a part of a leaflet takes in print, estimated from the model alone, so that a
 * leaflet too long to lay out is refused before the layout engine starts. The unit is a line of the
 * built-in template's standard A4 print (11.5 pt text, 174 mm wide: about {@value #CHARACTERS_PER_LINE}
 * characters a line, {@value #LINES_PER_PAGE} lines a page), whatever template the leaflet uses: the
 * estimate measures how much there is to print (large print takes 1.4 to 2 times the pages, A5 1.1 to
 * 1.5). Calibrated on the built-in template's layouts: within 15% for text, lists, tables and
 * headings; quotes nested ten deep and full-page pictures take up to 40% more, which the PDF page
 * limit after layout still bounds. Rounded up where unsure: a leaflet near the limit is far beyond a
 * real one anyway.
 */
final class PrintedLength {
    static final int CHARACTERS_PER_LINE = 80;
    static final int LINES_PER_PAGE = 43;
    /** The space after a paragraph, list or table (3 mm), and a list item's (1.2 mm). */
    private static final double PARAGRAPH_GAP = 0.5;
    private static final double ITEM_GAP = 0.2;
    /** A table row's padding and rule, and the margins and padding of a quote, a code block, a rule. */
    private static final double ROW_PADDING = 0.6;
    private static final double QUOTE_FRAME = 1.5;
    private static final double CODE_FRAME = 1;
    private static final double RULE = 1.7;
    /** A picture: at most 110 mm tall (19 lines), counted at a third of a page, as most are smaller. */
    static final double PICTURE = 14;
    /** The masthead, the footer's room on the first page, the colophon and its QR code. */
    static final double FURNITURE = 8;

    private PrintedLength() {
    }

    /** A run of text at {@code size} points (11.5 is body text) with a line height of {@code height} body lines. */
    static double text(int characters, double size, double height) {
        int perLine = (int) Math.max(1, CHARACTERS_PER_LINE * 11.5 / size);
        return Math.max(1, Math.ceil((double) characters / perLine)) * height;
    }

    static double paragraph(List<Inline> content) {
        Count c = count(content);
        return text(c.characters, 11.5, 1) + c.hardBreaks + c.pictures * PICTURE + PARAGRAPH_GAP;
    }

    /** {@code ##} (16 pt, 7 mm above, a rule below) or {@code ###} (13 pt, 5 mm above). */
    static double heading(int level, List<Inline> content) {
        Count c = count(content);
        return level <= 2 ? text(c.characters, 16, 1.15) + 1.7 : text(c.characters, 13, 1) + 1.1;
    }

    /** A list item's first paragraph, printed without a paragraph's space after it; its other blocks are blocks. */
    static double listItem(List<Inline> first) {
        Count c = count(first);
        return text(c.characters, 11.5, 1) + c.hardBreaks + c.pictures * PICTURE + ITEM_GAP;
    }

    /** The space after a list or a table. */
    static double gap() {
        return PARAGRAPH_GAP;
    }

    static double quote() {
        return QUOTE_FRAME;
    }

    static double rule() {
        return RULE;
    }

    /** A table row: its tallest cell, each cell an equal share of the width. */
    static double row(List<Block.Cell> cells, int columns) {
        int perLine = Math.max(1, CHARACTERS_PER_LINE / Math.max(1, columns));
        double tallest = 1;
        for (Block.Cell cell : cells) {
            Count c = count(cell.content());
            double lines = Math.ceil((double) c.characters / perLine) + c.hardBreaks + c.pictures * PICTURE;
            tallest = Math.max(tallest, lines);
        }
        return tallest + ROW_PADDING;
    }

    /** A code block: each of its lines, wrapped where longer than a line. */
    static double code(String text) {
        double lines = CODE_FRAME + PARAGRAPH_GAP;
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            lines += text(end - start, 11.5, 1);
            start = end + 1;
        }
        return lines;
    }

    /** Characters drawn (a link's printed address included), forced line breaks and pictures of some inlines. */
    private static Count count(List<Inline> inlines) {
        Count c = new Count();
        c.add(inlines);
        return c;
    }

    private static final class Count {
        int characters;
        int hardBreaks;
        int pictures;

        void add(List<Inline> inlines) {
            for (Inline i : inlines) {
                if (i instanceof Inline.Text t) {
                    characters += t.text().length();
                } else if (i instanceof Inline.Code code) {
                    characters += code.text().length();
                } else if (i instanceof Inline.LineBreak b) {
                    if (b.hard()) {
                        hardBreaks++;
                    } else {
                        characters++;
                    }
                } else if (i instanceof Inline.Image) {
                    pictures++;
                } else {
                    if (i instanceof Inline.Link l) {
                        characters += l.href().length() + 3; // " (www.example.org/page)"
                    }
                    add(Inlines.children(i));
                }
            }
        }
    }
}
