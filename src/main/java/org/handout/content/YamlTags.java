package org.handout.content;

import java.util.List;
import java.util.Set;
import org.handout.model.Position;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Refuses YAML tags ({@code !!binary}, {@code !!java.lang.Runtime}, {@code !local}). handout reads
 * every value as the text written, so a tag would be silently dropped ({@code !!binary aGk=} would
 * print the Base64) or, in other YAML tools, turn data into objects. Only the tags plain YAML gives
 * by itself pass (text, numbers, dates, lists, maps), and {@code !!str}, which means text anyway.
 */
final class YamlTags {
    private static final Set<Tag> IMPLICIT = Set.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL, Tag.TIMESTAMP,
            Tag.MERGE, Tag.SEQ, Tag.MAP);

    private YamlTags() {
    }

    /** Whether the node has a tag this refuses: its value is then not read, so it draws no second message. */
    static boolean isRefused(Node node) {
        return !IMPLICIT.contains(node.getTag());
    }

    static void check(List<YamlNodes.Named> nodes, int firstLine, Problems problems) {
        for (YamlNodes.Named n : nodes) {
            Tag tag = n.node().getTag();
            if (isRefused(n.node())) {
                String written = written(tag);
                problems.error(new Position(firstLine + n.node().getStartMark().getLine(),
                        n.node().getStartMark().getColumn() + 1), n.name() + " has the YAML tag " + written
                                + " — handout reads every value as text and uses no tags; remove " + written
                                + " (and put the value in quotes if it should be kept exactly as written)");
            }
        }
    }

    /** The tag as it was most likely written: {@code !!binary}, {@code !local}, {@code !<tag:…>}. */
    private static String written(Tag tag) {
        String value = tag.getValue();
        if (value.startsWith(Tag.PREFIX)) {
            return "!!" + value.substring(Tag.PREFIX.length());
        }
        return value.startsWith("!") ? value : "!<" + value + ">";
    }
}
