package org.handout.template;

import java.util.List;
import org.handout.model.Inline;
import org.handout.model.Inlines;

/** The text a reader hears for some inlines, without markup: for bookmarks and ids. */
final class PlainText {
    private PlainText() {
    }

    static String of(List<Inline> inlines) {
        StringBuilder s = new StringBuilder();
        append(s, inlines);
        return s.toString().replaceAll("\\s+", " ").strip();
    }

    private static void append(StringBuilder s, List<Inline> inlines) {
        for (Inline i : inlines) {
            if (i instanceof Inline.Text t) {
                s.append(t.text());
            } else if (i instanceof Inline.Code c) {
                s.append(c.text());
            } else if (i instanceof Inline.Image im) {
                s.append(im.alt());
            } else if (i instanceof Inline.LineBreak) {
                s.append(' ');
            } else {
                append(s, Inlines.children(i));
            }
        }
    }
}
