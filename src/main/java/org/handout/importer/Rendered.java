package org.handout.importer;

import java.util.ArrayList;
import java.util.List;

/**
 * Lines of Markdown for one block, and the notes about them, numbered from the block's first line (1):
 * blocks are rendered on their own and numbered once they are placed.
 */
record Rendered(List<String> lines, List<Note> notes, Kind kind) {
    /** What a block is, where it matters for the blocks around it. */
    enum Kind { TEXT, LIST }

    static final Rendered NOTHING = new Rendered(List.of(), List.of(), Kind.TEXT);

    Rendered {
        lines = List.copyOf(lines);
        notes = List.copyOf(notes);
    }

    static Rendered of(String text, List<Note> notes) {
        return new Rendered(List.of(text.split("\n", -1)), notes, Kind.TEXT);
    }

    boolean isEmpty() {
        return lines.isEmpty();
    }

    /** Every line prefixed: the first with {@code first}, the rest with {@code rest} (blank lines stay blank). */
    Rendered prefixed(String first, String rest) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String p = i == 0 ? first : rest;
            String line = lines.get(i);
            out.add(line.isEmpty() ? p.stripTrailing() : p + line);
        }
        return new Rendered(out, notes, kind);
    }

    /** Blocks one after another, with a blank line between two when {@code blank} says so. */
    static Rendered join(List<Rendered> blocks, Kind kind, java.util.function.BiPredicate<Rendered, Rendered> blank) {
        List<String> lines = new ArrayList<>();
        List<Note> notes = new ArrayList<>();
        List<Note> pending = new ArrayList<>(); // notes of a block that left nothing: said at the next one
        Rendered previous = null;
        for (Rendered b : blocks) {
            if (b.isEmpty()) {
                pending.addAll(b.notes);
                continue;
            }
            if (previous != null && blank.test(previous, b)) {
                lines.add("");
            }
            int offset = lines.size();
            for (Note n : pending) {
                notes.add(n.line() == 0 ? n : n.at(offset + 1));
            }
            pending.clear();
            for (Note n : b.notes) {
                notes.add(n.line() == 0 ? n : n.at(n.line() + offset));
            }
            lines.addAll(b.lines);
            previous = b;
        }
        for (Note n : pending) {
            notes.add(n.line() == 0 ? n : n.at(Math.max(1, lines.size())));
        }
        return new Rendered(lines, notes, kind);
    }

    Rendered as(Kind value) {
        return new Rendered(lines, notes, value);
    }
}
