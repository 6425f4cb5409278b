package org.handout.validation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Plain-English meanings for veraPDF's rules, from {@code rule-explanations.tsv}: by rule id, else
 * by its clause or a parent clause ({@code 7.21.4.1-1} → {@code 7.21.4.1} → {@code 7.21.4} …).
 * PDF/A-3 shares PDF/A-2's clauses, so it borrows their explanations.
 */
final class RuleExplanations {
    private static final Map<String, String> TABLE = load();

    private RuleExplanations() {
    }

    /** The explanation, or {@code null} when nothing fits. */
    static String explain(String specification, String clause, int test) {
        String found = lookup(specification, clause, test);
        if (found == null && specification.startsWith("ISO 19005-3")) {
            found = lookup("ISO 19005-2:2011", clause, test);
        }
        return found;
    }

    private static String lookup(String specification, String clause, int test) {
        String exact = TABLE.get(specification + " " + clause + "-" + test);
        if (exact != null) {
            return exact;
        }
        for (String c = clause; !c.isEmpty(); c = c.contains(".") ? c.substring(0, c.lastIndexOf('.')) : "") {
            String byClause = TABLE.get(specification + " " + c);
            if (byClause != null) {
                return byClause;
            }
        }
        return null;
    }

    private static Map<String, String> load() {
        Map<String, String> table = new HashMap<>();
        InputStream in = RuleExplanations.class.getResourceAsStream("rule-explanations.tsv");
        if (in == null) {
            throw new IllegalStateException("rule-explanations.tsv is missing from the handout jar");
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                int tab = line.indexOf('\t');
                if (!line.startsWith("#") && tab > 0) {
                    table.put(line.substring(0, tab), line.substring(tab + 1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(table);
    }
}
