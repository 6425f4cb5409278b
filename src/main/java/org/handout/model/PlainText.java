package org.handout.model;

import java.util.List;

/** The text a reader hears for some inlines, without markup: for bookmarks, ids and checks. */
public final class PlainText {
    private PlainText() {
    }

    public static String of(List<Inline> inlines) {
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
