package org.handout.pdf;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.handout.diagnostic.Diagnostic;
import org.handout.model.Block;
import org.handout.model.Contact;
import org.handout.model.Inline;
import org.handout.model.Leaflet;
import org.handout.model.Metadata;
import org.handout.model.Position;
import org.handout.model.Walk;

/**
 * Finds every character in a leaflet that the embedded fonts cannot draw, with its place, so the
 * author can replace it before a reader meets a blank box. Each character is reported once per
 * leaflet, at its first place.
 */
public final class UndrawableCharacters {
    private final GlyphCoverage coverage;

    public UndrawableCharacters(GlyphCoverage coverage) {
        this.coverage = coverage;
    }

    public List<Diagnostic> find(Leaflet leaflet) {
        Finder f = new Finder(leaflet.sourceFile());
        Metadata m = leaflet.metadata();
        f.field(m, "title", m.title());
        f.field(m, "subtitle", m.subtitle());
        f.field(m, "summary", m.summary());
        f.field(m, "author", m.author()); // from handout.yaml's publisher when the leaflet names none: no place
        for (int i = 0; i < m.keywords().size(); i++) {
            f.field(m, "keywords." + i, m.keywords().get(i));
        }
        Contact c = m.contact();
        if (c != null) {
            f.field(m, "contact.heading", c.heading());
            f.field(m, "contact.email", c.email());
            f.field(m, "contact.phone", c.phone());
            f.blocks(c.text());
        }
        f.blocks(leaflet.body());
        return f.found;
    }

    private final class Finder {
        final String file;
        final List<Diagnostic> found = new ArrayList<>();
        final Set<Integer> seen = new LinkedHashSet<>();

        Finder(String file) {
            this.file = file;
        }

        void blocks(List<Block> blocks) {
            Walk.blocks(blocks, b -> {
                if (b instanceof Block.CodeBlock code) {
                    text(code.text(), new Position(code.at().line() + 1, 1));
                }
            });
            Walk.inlines(blocks, i -> {
                if (i instanceof Inline.Text t) {
                    text(t.text(), t.at());
                } else if (i instanceof Inline.Code c) {
                    text(c.text(), c.at());
                } else if (i instanceof Inline.Image im) {
                    text(im.alt(), im.at());
                }
            });
        }

        /** A front-matter value: each character at its own column when the value is on one line as written. */
        void field(Metadata m, String key, String text) {
            if (text == null) {
                return;
            }
            int offset = 0;
            for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i)), offset++) {
                if (undrawableFirstTime(text.codePointAt(i))) {
                    report(text.codePointAt(i), m.at(key, offset));
                }
            }
        }

        void text(String text, Position at) {
            if (text == null) {
                return;
            }
            int line = at.line();
            int column = at.column();
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                if (cp == '\n') {
                    line = line == 0 ? 0 : line + 1;
                    column = at.column() == 0 ? 0 : 1;
                } else {
                    if (undrawableFirstTime(cp)) {
                        report(cp, new Position(line, column));
                    }
                    column = column == 0 ? 0 : column + 1;
                }
                i += Character.charCount(cp);
            }
        }

        /** Each undrawable character is reported once, at its first place. */
        private boolean undrawableFirstTime(int cp) {
            return !coverage.canDraw(cp) && seen.add(cp);
        }

        private void report(int cp, Position at) {
            found.add(Diagnostic.error(file, at.line(), at.column(), describe(cp)
                    + " cannot be drawn by the embedded fonts — replace it with a character the"
                    + " fonts have, or with words"));
        }
    }

    static String describe(int cp) {
        String name = Character.getName(cp);
        return "the character " + new String(Character.toChars(cp)) + " (U+"
                + String.format(Locale.ROOT, "%04X", cp) + (name == null ? "" : " " + name) + ")";
    }
}
