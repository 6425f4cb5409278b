package org.handout.content;

import java.util.List;
import org.handout.model.Position;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Refused characters ({@link RefusedCharacters}) in YAML: the front matter and {@code handout.yaml}.
 * SnakeYAML stops at most of them written as they are with "special characters are not allowed" and
 * no place, takes U+0085, U+2028 and U+2029 for new lines (so every later line number would be off),
 * and lets a double-quoted escape (backslash and u0007, {@code "\e"}, a lone half of a pair) make any of
 * them. So each one written as it is becomes a space before SnakeYAML reads the text, and is reported
 * afterwards as part of the value it stands in; each one an escape makes is reported at its backslash.
 */
final class YamlCharacters {
    private final String masked;
    private final List<CharacterScan.Found> written;

    private YamlCharacters(String masked, List<CharacterScan.Found> written) {
        this.masked = masked;
        this.written = written;
    }

    static YamlCharacters of(String yaml) {
        List<CharacterScan.Found> found = CharacterScan.find(yaml);
        if (found.isEmpty()) {
            return new YamlCharacters(yaml, found);
        }
        StringBuilder s = new StringBuilder(yaml.length());
        yaml.codePoints().forEach(cp -> s.appendCodePoint(RefusedCharacters.isRefused(cp) ? ' ' : cp));
        return new YamlCharacters(s.toString(), found);
    }

    /** The YAML to parse: each refused character written as it is replaced by one space, so columns stay. */
    String masked() {
        return masked;
    }

    /**
     * Reports every refused character, each named by the value it is in.
     *
     * @param nodes     the parsed tree, or empty when it could not be parsed
     * @param rootName  what to call a character outside every value: "the front matter"
     */
    void report(List<YamlNodes.Named> nodes, int firstLine, String rootName, Problems problems) {
        for (int i = 0; i < written.size(); i++) {
            CharacterScan.Found f = written.get(i);
            // Past the ones listed, only the count matters: a pasted blob is not looked up a million times.
            String name = i >= Problems.MAX_CHARACTER_ERRORS ? rootName : nodes.stream()
                    .filter(n -> n.isScalar() && contains(n.node(), f))
                    .map(YamlNodes.Named::name).findFirst().orElse(rootName);
            problems.characterError(new Position(firstLine + f.line(), f.column()),
                    RefusedCharacters.message(name, f.codePoint(), f.column()));
        }
        int[] cps = null;
        for (YamlNodes.Named n : nodes) {
            if (n.node() instanceof ScalarNode s && s.getScalarStyle() == DumperOptions.ScalarStyle.DOUBLE_QUOTED
                    && s.getValue().codePoints().anyMatch(RefusedCharacters::isRefused)) {
                cps = cps == null ? masked.codePoints().toArray() : cps;
                escapes(cps, s, n.name(), firstLine, problems);
            }
        }
    }

    private static boolean contains(Node node, CharacterScan.Found f) {
        return compare(node.getStartMark(), f) <= 0 && compare(node.getEndMark(), f) > 0;
    }

    private static int compare(Mark mark, CharacterScan.Found f) {
        return mark.getLine() != f.line() ? Integer.compare(mark.getLine(), f.line())
                : Integer.compare(mark.getColumn() + 1, f.column());
    }

    /** Reports each escape in a double-quoted scalar that makes a refused character, at its backslash. */
    private static void escapes(int[] cps, ScalarNode node, String name, int firstLine, Problems problems) {
        int end = Math.min(node.getEndMark().getIndex(), cps.length);
        int line = node.getStartMark().getLine();
        int column = node.getStartMark().getColumn() + 2; // 1-based, after the opening quote
        for (int i = node.getStartMark().getIndex() + 1; i < end; ) {
            if (cps[i] == '\n') {
                line++;
                column = 1;
                i++;
                continue;
            }
            if (cps[i] != '\\' || i + 1 >= end) {
                column++;
                i++;
                continue;
            }
            Escape escape = Escape.at(cps, i);
            if (Character.isHighSurrogate((char) escape.value())) {
                Escape low = Escape.at(cps, i + escape.length());
                if (Character.isLowSurrogate((char) low.value())) {
                    escape = new Escape('x', escape.length() + low.length()); // both halves of one character
                }
            }
            if (RefusedCharacters.isRefused(escape.value())) {
                problems.characterError(new Position(firstLine + line, column),
                        RefusedCharacters.message(name, escape.value(), column));
            }
            if (cps[i + 1] == '\n') { // a backslash at the end of a line joins it to the next
                line++;
                column = 1;
            } else {
                column += escape.length();
            }
            i += escape.length();
        }
    }

    /**
     * An escape in a double-quoted scalar: the code point it makes (-1 for those that cannot make a
     * refused one, such as {@code \n} or {@code \"}) and how many characters it is written with.
     */
    private record Escape(int value, int length) {
        static Escape at(int[] cps, int at) {
            if (at + 1 >= cps.length || cps[at] != '\\') {
                return new Escape(-1, 1);
            }
            return switch (cps[at + 1]) {
                case 'x' -> new Escape(hex(cps, at + 2, 2), 4);
                case 'u' -> new Escape(hex(cps, at + 2, 4), 6);
                case 'U' -> new Escape(hex(cps, at + 2, 8), 10);
                case '0' -> new Escape(0, 2);
                case 'a' -> new Escape(7, 2);
                case 'b' -> new Escape(8, 2);
                case 'v' -> new Escape(0xB, 2);
                case 'f' -> new Escape(0xC, 2);
                case 'r' -> new Escape(0xD, 2);
                case 'e' -> new Escape(0x1B, 2);
                case 'N' -> new Escape(0x85, 2);
                case 'L' -> new Escape(0x2028, 2);
                case 'P' -> new Escape(0x2029, 2);
                default -> new Escape(-1, 2);
            };
        }

        private static int hex(int[] cps, int from, int digits) {
            if (from + digits > cps.length) {
                return -1;
            }
            int value = 0;
            for (int i = from; i < from + digits; i++) {
                int d = Character.digit(cps[i], 16);
                if (d < 0) {
                    return -1;
                }
                value = value * 16 + d;
            }
            return value;
        }
    }
}
