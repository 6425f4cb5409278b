package org.handout.content;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.handout.model.Block;
import org.handout.model.Inline;
import org.handout.model.Position;
import org.handout.model.Walk;

/**
 * Refused characters ({@link RefusedCharacters}) that Markdown makes from numeric character
 * references, {@code &#7;}, {@code &#x202E;} or {@code &#xD800;}, which no scan of the text as
 * written can see. A character that stands as it is on its line is left to that scan (the body's,
 * or the YAML's for the contact text), so nothing is reported twice.
 */
final class ReferencedCharacters {
    private static final Pattern NUMERIC = Pattern.compile("&#(?:[xX]([0-9a-fA-F]{1,6})|([0-9]{1,7}));");

    private ReferencedCharacters() {
    }

    /**
     * @param lines      the Markdown's lines
     * @param lineOffset what the positions add to a 0-based index into {@code lines}, minus one
     */
    static void check(List<Block> blocks, String[] lines, int lineOffset, Problems problems) {
        Set<Position> reported = new HashSet<>();
        Walk.inlines(blocks, inline -> {
            for (String value : values(inline)) {
                value.codePoints().filter(RefusedCharacters::isRefused).distinct().forEach(cp -> {
                    String line = line(lines, inline.at().line() - lineOffset - 1);
                    if (line.contains(Character.toString(cp))) {
                        return;
                    }
                    int column = referenceColumn(line, cp, inline.at().column());
                    Position at = new Position(inline.at().line(), column);
                    if (reported.add(at)) {
                        problems.characterError(at, RefusedCharacters.message("the text", cp, column));
                    }
                });
            }
        });
    }

    /** The texts of an inline that Markdown reads references in. */
    private static List<String> values(Inline inline) {
        if (inline instanceof Inline.Text t) {
            return List.of(t.text());
        } else if (inline instanceof Inline.Link l) {
            return l.title() == null ? List.of(l.href()) : List.of(l.href(), l.title());
        } else if (inline instanceof Inline.Image i) {
            return List.of(i.src(), i.alt());
        } else if (inline instanceof Inline.Abbreviation a) {
            return List.of(a.title());
        }
        return List.of();
    }

    private static String line(String[] lines, int index) {
        return index >= 0 && index < lines.length ? lines[index] : "";
    }

    /** The 1-based column of the first reference to {@code cp} at or after {@code from}; else {@code from}. */
    private static int referenceColumn(String line, int cp, int from) {
        Matcher m = NUMERIC.matcher(line);
        while (m.find()) {
            long value = m.group(1) != null ? Long.parseLong(m.group(1), 16) : Long.parseLong(m.group(2));
            if (value == cp && m.start() + 1 >= from) { // from counts UTF-16 units, as CommonMark does
                return line.codePointCount(0, m.start()) + 1;
            }
        }
        return from;
    }
}
