package org.handout.model;

import java.util.List;

/** Walking helpers for inline trees, so that every reader of the model need not repeat the cases. */
public final class Inlines {
    private Inlines() {
    }

    /** The inlines nested in a container inline (emphasis, link, phrase…); empty for leaves. */
    public static List<Inline> children(Inline inline) {
        if (inline instanceof Inline.Emphasis e) {
            return e.content();
        } else if (inline instanceof Inline.Strong s) {
            return s.content();
        } else if (inline instanceof Inline.Link l) {
            return l.content();
        } else if (inline instanceof Inline.ForeignPhrase f) {
            return f.content();
        } else if (inline instanceof Inline.Abbreviation a) {
            return a.content();
        }
        return List.of();
    }
}
