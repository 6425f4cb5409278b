package org.handout.importer;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The new leaflet file: front matter from the document's properties, then the body, with every note
 * placed at its line in the file.
 */
final class LeafletText {
    /** The file's text and its notes, each at its line (0 where no line could be found). */
    record Written(String text, List<Note> notes) {
    }

    private LeafletText() {
    }

    static Written compose(DocumentProperties p, MarkdownBody.Body body, String fileName, List<Note> documentNotes,
            LocalDate today) {
        List<String> lines = new ArrayList<>();
        List<Note> notes = new ArrayList<>();
        lines.add("---");
        String title = body.title() != null ? body.title() : p.title();
        if (title == null || title.isBlank()) {
            notes.add(Note.warning(lines.size() + 1, "the document has no title (no Title style, no level-1 heading and"
                    + " no title in its properties), so the file's name is used — write the leaflet's title here"));
            title = fromFileName(fileName);
        }
        lines.add("title: " + quoted(title));
        if (p.subtitle() != null && !p.subtitle().isBlank()) {
            lines.add("subtitle: " + quoted(p.subtitle()));
        }
        if (p.lang() != null) {
            lines.add("lang: " + p.lang());
        }
        if (p.summary() != null && !p.summary().isBlank()) {
            lines.add("summary: " + quoted(p.summary()));
        }
        if (p.reviewed() != null) {
            lines.add("reviewed: " + p.reviewed());
        } else {
            notes.add(Note.warning(lines.size() + 1, "the document does not say when it was last changed, so today's"
                    + " date is written — put the date its content was last checked here"));
            lines.add("reviewed: " + today);
        }
        if (p.source() != null) {
            lines.add("source: " + p.source());
        }
        if (!p.keywords().isEmpty()) {
            lines.add("keywords: [" + String.join(", ", p.keywords().stream().map(LeafletText::quoted).toList()) + "]");
        }
        if (p.author() != null && !p.author().isBlank()) {
            lines.add("author: " + quoted(p.author()));
        }
        lines.add("---");
        lines.add("");
        int offset = lines.size();
        lines.addAll(body.markdown().lines());
        for (Note n : body.markdown().notes()) {
            notes.add(n.line() == 0 ? n : n.at(n.line() + offset));
        }
        for (Note n : documentNotes) {
            notes.add(n.line() > 0 ? n : n.at(lineOf(n.near(), lines, offset)));
        }
        return new Written(String.join("\n", lines) + "\n", notes);
    }

    /** The first line of the body showing this text, or 0; backslash escapes are not compared. */
    private static int lineOf(String near, List<String> lines, int offset) {
        if (near == null || near.isBlank()) {
            return 0;
        }
        String wanted = near.replaceAll("\\s+", " ").strip();
        wanted = wanted.substring(0, Math.min(wanted.length(), 30));
        for (int i = offset; i < lines.size(); i++) {
            if (lines.get(i).replace("\\", "").contains(wanted)) {
                return i + 1;
            }
        }
        return 0;
    }

    /** A YAML double-quoted scalar, so that no title or summary is read as something else. */
    static String quoted(String value) {
        StringBuilder s = new StringBuilder("\"");
        for (char c : value.replaceAll("\\s+", " ").strip().toCharArray()) {
            switch (c) {
                case '"' -> s.append("\\\"");
                case '\\' -> s.append("\\\\");
                default -> {
                    if (!Character.isISOControl(c)) {
                        s.append(c);
                    }
                }
            }
        }
        return s.append('"').toString();
    }

    /** "careers-in_nursing" → "Careers in nursing". */
    static String fromFileName(String fileName) {
        String words = fileName.replaceAll("[-_.]+", " ").replaceAll("\\s+", " ").strip();
        if (words.isEmpty()) {
            return "Untitled";
        }
        return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }

    static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }
}
