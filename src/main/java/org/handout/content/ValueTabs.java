package org.handout.content;

import java.util.regex.Pattern;
import org.yaml.snakeyaml.error.Mark;

/**
 * Tabs after {@code key:}, which authors type to line values up ({@code title:<TAB>Nursing}). YAML 1.2
 * allows them there but SnakeYAML stops on them, so each tab it stops on right after a plain key at
 * the start of a line becomes a space: one character for one, so every later column stays right.
 * Going by SnakeYAML's own stops leaves tabs inside quoted and block text as they are, and a tab that
 * indents is still an error.
 */
final class ValueTabs {
    /** What may come before such a tab on its line: indentation, a plain key, its colon, blanks. */
    private static final Pattern BEFORE = Pattern.compile(" *[\\p{L}\\p{N}_][\\p{L}\\p{N}_ .-]*:[ \\t]*");

    private ValueTabs() {
    }

    /** The YAML with the tab at {@code stop} made a space, or {@code null} when that is not a tab after a key. */
    static String aligned(String yaml, Mark stop) {
        if (stop == null) {
            return null;
        }
        int lineStart = 0;
        for (int line = 0; line < stop.getLine(); line++) {
            lineStart = yaml.indexOf('\n', lineStart) + 1;
            if (lineStart == 0) {
                return null;
            }
        }
        int lineEnd = yaml.indexOf('\n', lineStart);
        String line = yaml.substring(lineStart, lineEnd < 0 ? yaml.length() : lineEnd);
        if (stop.getColumn() >= line.codePointCount(0, line.length())) {
            return null;
        }
        int tab = line.offsetByCodePoints(0, stop.getColumn());
        if (line.charAt(tab) != '\t' || !BEFORE.matcher(line.substring(0, tab)).matches()) {
            return null;
        }
        return yaml.substring(0, lineStart + tab) + ' ' + yaml.substring(lineStart + tab + 1);
    }
}
