package org.handout.content;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.handout.model.Position;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * A YAML mapping read as a set of known keys with typed values. Every wrong key or value becomes a
 * problem at its line and column; the accessors then return {@code null} so reading can go on and
 * report everything at once.
 */
final class YamlFields {
    private final Map<String, Node> values = new LinkedHashMap<>();
    private final Map<String, Position> keyPositions = new LinkedHashMap<>();
    /** Keys whose value was too long: reported once however often it is asked for. */
    private final Set<String> tooLong = new HashSet<>();
    private final Problems problems;
    private final int firstLine;
    private final String where;

    /**
     * @param where how to name this mapping in messages: "front matter", "contact"
     */
    YamlFields(MappingNode map, Set<String> known, Problems problems, int firstLine, String where) {
        this.problems = problems;
        this.firstLine = firstLine;
        this.where = where;
        for (NodeTuple tuple : map.getValue()) {
            Node keyNode = tuple.getKeyNode();
            Position at = position(keyNode);
            if (!(keyNode instanceof ScalarNode keyScalar)) {
                problems.error(at, "a key in the " + where + " must be a plain word, like title:");
                continue;
            }
            String key = keyScalar.getValue();
            if (!known.contains(key)) {
                String suggestion = KeySuggester.nearest(key, known);
                problems.error(at, "unknown key \"" + ValueLimits.excerpt(key) + "\" in the " + where
                        + (suggestion != null ? " — did you mean \"" + suggestion + "\"?"
                                : " — the keys are: " + String.join(", ", known)));
            } else if (values.containsKey(key)) {
                problems.error(at, "\"" + key + "\" is given twice in the " + where + " (first on line "
                        + keyPositions.get(key).line() + ") — keep one");
            } else {
                values.put(key, tuple.getValueNode());
                keyPositions.put(key, at);
            }
        }
    }

    int firstLine() {
        return firstLine;
    }

    Position position(Node node) {
        return new Position(firstLine + node.getStartMark().getLine(), node.getStartMark().getColumn() + 1);
    }

    /** Where the value of each key given stands; a list's items as {@code key.0}, {@code key.1}, …. */
    Map<String, Position> valuePositions() {
        Map<String, Position> positions = new LinkedHashMap<>();
        keyPositions.keySet().forEach(key -> positions.put(key, at(key)));
        items((key, item) -> positions.put(key, position(item)));
        return positions;
    }

    /**
     * Where the text of each one-line value begins (after any quote), for values written exactly as
     * they read: no escapes, folding or padding. A character's column in one is then this column plus
     * its offset, so a problem with it can be pointed at (a character the fonts cannot draw).
     */
    Map<String, Position> textStarts() {
        Map<String, Position> starts = new LinkedHashMap<>();
        values.forEach((key, node) -> putTextStart(starts, key, node));
        items((key, item) -> putTextStart(starts, key, item));
        return starts;
    }

    private void items(java.util.function.BiConsumer<String, Node> action) {
        values.forEach((key, node) -> {
            if (node instanceof SequenceNode seq) {
                for (int i = 0; i < seq.getValue().size(); i++) {
                    action.accept(key + "." + i, seq.getValue().get(i));
                }
            }
        });
    }

    private void putTextStart(Map<String, Position> starts, String key, Node node) {
        if (!(node instanceof ScalarNode scalar) || node.getStartMark().getLine() != node.getEndMark().getLine()) {
            return;
        }
        int quote = switch (scalar.getScalarStyle()) {
            case PLAIN -> 0;
            case SINGLE_QUOTED, DOUBLE_QUOTED -> 1;
            default -> -1; // | and > blocks start on the next line
        };
        String value = scalar.getValue();
        int written = node.getEndMark().getColumn() - node.getStartMark().getColumn();
        if (quote >= 0 && value.equals(value.strip()) && written == value.codePointCount(0, value.length()) + 2 * quote) {
            Position at = position(node);
            starts.put(key, new Position(at.line(), at.column() + quote));
        }
    }

    boolean has(String key) {
        return values.containsKey(key) && values.get(key).getTag() != Tag.NULL;
    }

    Node node(String key) {
        return values.get(key);
    }

    Position at(String key) {
        Node node = values.get(key);
        return node == null ? Position.UNKNOWN : position(node);
    }

    /** Text; a number or date written in its place counts as its text. */
    String text(String key, boolean required) {
        Node node = values.get(key);
        if (node == null || node.getTag() == Tag.NULL) {
            if (required) {
                problems.error(node == null ? 1 : position(node).line(), node == null ? 0 : position(node).column(),
                        node == null ? "missing \"" + key + ":\" in the " + where + " — add it, e.g. "
                                + example(key) : "\"" + key + "\" is empty — give it a value, e.g. " + example(key));
            }
            return null;
        }
        if (YamlTags.isRefused(node)) {
            return null;
        }
        if (!(node instanceof ScalarNode scalar)) {
            problems.error(position(node), "\"" + key + "\" must be text, not a "
                    + (node instanceof SequenceNode ? "list" : "map") + " — e.g. " + example(key));
            return null;
        }
        String value = scalar.getValue().strip();
        if (value.isEmpty()) {
            if (required) {
                problems.error(position(node), "\"" + key + "\" is empty — give it a value, e.g. " + example(key));
            }
            return null;
        }
        return fits(key, 0, value, node) ? value : null;
    }

    /** Whether a value is within its key's bound ({@link ValueLimits}), saying so once if not. */
    private boolean fits(String key, int item, String value, Node node) {
        String which = item == 0 ? key : key + "." + item;
        if (tooLong.contains(which)) {
            return false;
        }
        if (ValueLimits.fits(key, item, value, position(node), problems)) {
            return true;
        }
        tooLong.add(which);
        return false;
    }

    /** A list of text; absent gives an empty list. */
    List<String> textList(String key) {
        Node node = values.get(key);
        List<String> out = new ArrayList<>();
        if (node == null || node.getTag() == Tag.NULL) {
            return out;
        }
        if (YamlTags.isRefused(node)) {
            return out;
        }
        if (!(node instanceof SequenceNode seq)) {
            problems.error(position(node), "\"" + key + "\" must be a list, e.g. " + key + ": [first, second]");
            return out;
        }
        if (!tooLong.contains(key) && !ValueLimits.fewEnough(key, seq.getValue().size(), position(node), problems)) {
            tooLong.add(key);
        }
        if (tooLong.contains(key)) {
            return out;
        }
        for (int i = 0; i < seq.getValue().size(); i++) {
            Node item = seq.getValue().get(i);
            if (YamlTags.isRefused(item)) {
                continue;
            } else if (item instanceof ScalarNode s && item.getTag() != Tag.NULL && !s.getValue().isBlank()) {
                if (fits(key, i + 1, s.getValue().strip(), item)) {
                    out.add(s.getValue().strip());
                }
            } else {
                problems.error(position(item), "each item of \"" + key + "\" must be a piece of text");
            }
        }
        return out;
    }

    /** A nested mapping, or {@code null} (with a problem if it is there but not a mapping). */
    MappingNode map(String key) {
        return map(key, null, null);
    }

    /**
     * A group of keys; when something else is written there, the message names the keys it takes
     * and shows one of them written as it should be.
     *
     * @param keys    the keys the group takes, or null not to list them
     * @param example one key and value, e.g. {@code email: advice@example.org}
     */
    MappingNode map(String key, Set<String> keys, String example) {
        Node node = values.get(key);
        if (node == null || node.getTag() == Tag.NULL) {
            return null;
        }
        if (YamlTags.isRefused(node)) {
            return null;
        }
        if (!(node instanceof MappingNode m)) {
            String given = node instanceof ScalarNode scalar ? "\"" + ValueLimits.excerpt(scalar.getValue()) + "\""
                    : "a list";
            problems.error(position(node), keys == null
                    ? "\"" + key + "\" must be a group of keys, each on its own indented line below it"
                    : "\"" + key + "\" is " + given + ", but a " + key + " is a group of keys, each on its own"
                            + " indented line below " + key + ": (" + String.join(", ", keys) + ") — e.g. " + key
                            + ": and on the next line, indented, " + example);
            return null;
        }
        return m;
    }

    private static String example(String key) {
        return switch (key) {
            case "title" -> "title: Nursing careers";
            case "reviewed" -> "reviewed: 2026-11-01";
            default -> key + ": …";
        };
    }
}
