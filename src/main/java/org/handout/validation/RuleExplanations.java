package org.handout.validation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Plain-English explanations of the veraPDF rules people actually break, read from
 * {@code rule-explanations.txt} beside this class. Each line is {@code <rule id> = <explanation>};
 * lines starting with {@code #} and blank lines are ignored.
 */
final class RuleExplanations {

    static final String RESOURCE = "rule-explanations.txt";
    private static final String SEPARATOR = " = ";

    private static final Map<String, String> TABLE = load();

    private RuleExplanations() {
    }

    /** The table, rule id to explanation, in file order. */
    static Map<String, String> table() {
        return TABLE;
    }

    /** Our explanation of the rule, or null when the table has none. */
    static String lookup(String ruleId) {
        return TABLE.get(ruleId);
    }

    private static Map<String, String> load() {
        Map<String, String> table = new LinkedHashMap<>();
        try (InputStream in = RuleExplanations.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                String text = line.strip();
                if (text.isEmpty() || text.startsWith("#")) {
                    continue;
                }
                int at = text.indexOf(SEPARATOR);
                if (at <= 0 || text.substring(at + SEPARATOR.length()).isBlank()) {
                    throw new IllegalStateException(RESOURCE + ":" + number + ": expected '<rule id> = <explanation>'");
                }
                String id = text.substring(0, at).strip();
                if (table.put(id, text.substring(at + SEPARATOR.length()).strip()) != null) {
                    throw new IllegalStateException(RESOURCE + ":" + number + ": " + id + " is explained twice");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Collections.unmodifiableMap(table);
    }
}
