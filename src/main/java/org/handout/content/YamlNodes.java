package org.handout.content;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Every node of a YAML tree, keys too, each once (an alias is the node it names, and may even
 * contain itself), with the name a message gives it: "the title", "the contact's phone", "item 2 of
 * the keywords", "a key".
 */
final class YamlNodes {
    /** A node and what a message calls it. */
    record Named(Node node, String name) {
        boolean isScalar() {
            return node instanceof ScalarNode;
        }
    }

    private YamlNodes() {
    }

    /** @param rootName what the whole tree is called: "the front matter", "handout.yaml" */
    static List<Named> of(Node root, String rootName) {
        List<Named> out = new ArrayList<>();
        walk(root, rootName, true, out, Collections.newSetFromMap(new IdentityHashMap<>()));
        return out;
    }

    private static void walk(Node node, String name, boolean top, List<Named> out, Set<Node> seen) {
        if (node == null || !seen.add(node)) {
            return;
        }
        out.add(new Named(node, name));
        if (node instanceof MappingNode map) {
            for (NodeTuple t : map.getValue()) {
                walk(t.getKeyNode(), "a key", false, out, seen);
                String key = t.getKeyNode() instanceof ScalarNode s ? s.getValue() : "value";
                walk(t.getValueNode(), top ? "the " + key + (key.equals("reviewed") ? " date" : "")
                        : name + (name.endsWith("s") ? "' " : "'s ") + key, false, out, seen);
            }
        } else if (node instanceof SequenceNode seq) {
            for (int i = 0; i < seq.getValue().size(); i++) {
                walk(seq.getValue().get(i), "item " + (i + 1) + " of " + name, false, out, seen);
            }
        }
    }
}
