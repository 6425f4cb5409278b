package org.handout.fidelity;

import java.util.List;
import java.util.Set;
import org.handout.model.Position;

/**
 * One thing the leaflet's model says its PDF must hold: some words in a structure element of one of
 * {@code tags} (any element when empty), a picture with its alt text, or a link with its address.
 *
 * @param what  the element as its author knows it, for messages ({@code the heading "Pay"})
 * @param words the drawn words, normalised by {@link Words#normalise}; empty for a picture or an empty cell
 * @param cell  where a table cell stands in its table, or null for anything else
 */
record Expectation(Kind kind, Set<String> tags, List<String> words, String alt, String href, Position at,
        String what, Cell cell) {

    enum Kind { TEXT, FIGURE, LINK }

    /**
     * A table cell's column, and the table it belongs to (its position, its number of columns), and
     * how many cells of that column have words: a column that does not fit on the page loses them all.
     */
    record Cell(Position table, int column, int columns, int worded) {
    }

    Expectation {
        tags = Set.copyOf(tags);
        words = List.copyOf(words);
    }

    static Expectation text(Set<String> tags, String text, Position at, String what) {
        return new Expectation(Kind.TEXT, tags, Words.of(text), null, null, at, what, null);
    }
}
