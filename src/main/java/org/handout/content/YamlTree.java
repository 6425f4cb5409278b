package org.handout.content;

import java.io.StringReader;
import java.util.List;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Parses YAML (front matter, {@code handout.yaml}) into SnakeYAML's node tree, which keeps a line and
 * column for every key and value, within limits that stop alias bombs and absurd nesting. Nothing
 * is constructed from the YAML: it stays data. Characters that cannot be printed ({@link YamlCharacters})
 * and tags ({@link YamlTags}) are refused here, once for every value.
 */
final class YamlTree {
    private YamlTree() {
    }

    /**
     * @param firstLine the file line of the YAML's first line
     * @param where     how messages name it: "front matter", "handout.yaml"
     * @return the top-level mapping; {@code null} when the YAML is empty (nothing reported) or after
     *         reporting why it is not a mapping
     */
    static MappingNode parse(String yaml, int firstLine, String where, Problems problems) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true); // reported by YamlFields with both places
        options.setMaxAliasesForCollections(10);
        options.setAllowRecursiveKeys(false);
        options.setCodePointLimit(1_000_000);
        options.setNestingDepthLimit(20);
        // Composing builds no objects, so a tag can do no harm here; YamlTags then refuses each one at
        // its place (SnakeYAML's own refusal names neither the key nor the way out).
        options.setTagInspector(tag -> true);
        YamlCharacters characters = YamlCharacters.of(yaml);
        String rootName = "the " + where;
        try {
            Node root = compose(characters.masked(), options);
            List<YamlNodes.Named> nodes = YamlNodes.of(root, rootName);
            characters.report(nodes, firstLine, rootName, problems);
            YamlTags.check(nodes, firstLine, problems);
            if (root == null) {
                return null;
            }
            if (!(root instanceof MappingNode map)) {
                problems.error(firstLine + root.getStartMark().getLine(), root.getStartMark().getColumn() + 1,
                        "the " + where + " must be keys with values, one \"key: value\" per line, not a list or"
                                + " a single value");
                return null;
            }
            return map;
        } catch (MarkedYAMLException e) {
            characters.report(List.of(), firstLine, rootName, problems);
            // When the YAML ends too early, or a [list] or {map} runs on, the useful place is where the
            // unclosed thing began.
            boolean unclosed = e.getProblem() != null && e.getProblem().contains("<stream end>")
                    || e.getContext() != null && e.getContext().startsWith("while parsing a flow");
            Mark mark = unclosed && e.getContextMark() != null ? e.getContextMark()
                    : e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String problem = (e.getProblem() != null ? e.getProblem() : e.getMessage())
                    .replace("<stream end>", "the end of the " + where);
            String context = e.getContext() == null ? "" : " (" + e.getContext() + (unclosed ? " that starts here)" : ")");
            int stray = strayLine(characters.masked());
            if (stray >= 0 && (mark == null || stray <= mark.getLine())) {
                // Most often text of the body: the front matter's closing --- is missing, and a later ---
                // (a horizontal rule) closed it instead.
                problems.error(firstLine + stray, 1, "the " + where + " is not valid YAML: this line is not"
                        + " \"key: value\" — if the " + where + " should end above it, add a line with --- there;"
                        + " otherwise check quotes, brackets and indentation");
                return null;
            }
            problems.error(mark == null ? firstLine : firstLine + mark.getLine(), mark == null ? 0 : mark.getColumn() + 1,
                    "the " + where + " is not valid YAML: " + problem + context
                            + " — check quotes, brackets and indentation");
            return null;
        } catch (YAMLException e) {
            characters.report(List.of(), firstLine, rootName, problems);
            problems.error(firstLine, 0, "the " + where + " " + beyondLimit(e.getMessage()));
            return null;
        }
    }

    /** SnakeYAML's refusal at one of the limits above, said with the way out. */
    private static String beyondLimit(String message) {
        String m = message == null ? "" : message;
        if (m.contains("Nesting Depth")) {
            return "nests lists and maps more than 20 deep — its values are text, lists of text, or keys indented"
                    + " under a key";
        } else if (m.contains("aliases")) {
            return "uses an alias (*name) for a list or map more than 10 times — write the values out where they"
                    + " are used";
        }
        return "cannot be read: " + m + " — check quotes, brackets and indentation";
    }

    /**
     * The index of the first line that is neither blank, a comment, indented (part of the value
     * above), a list item, a flow or quoted continuation, nor {@code key:} at the start: -1 if none.
     */
    private static int strayLine(String yaml) {
        String[] lines = yaml.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (!KEY_OR_CONTINUATION.matcher(lines[i]).find()) {
                return i;
            }
        }
        return -1;
    }

    private static final Pattern KEY_OR_CONTINUATION = Pattern.compile(
            "^(\\s|#|-(\\s|$)|$|[\\]\\}\"']|[^\\s:#\\[\\]{}][^:]*:(\\s|$)|\\.\\.\\.$)");

    /** The node tree, after making spaces of the tabs that only line up values (see {@link ValueTabs}). */
    private static Node compose(String yaml, LoaderOptions options) {
        String text = yaml;
        while (true) {
            try {
                return new Yaml(new SafeConstructor(options)).compose(new StringReader(text));
            } catch (MarkedYAMLException e) {
                String aligned = ValueTabs.aligned(text, e.getProblemMark());
                if (aligned == null) {
                    throw e;
                }
                text = aligned;
            }
        }
    }
}
