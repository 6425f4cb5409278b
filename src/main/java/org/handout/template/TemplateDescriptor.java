package org.handout.template;

import freemarker.template.Configuration;
import freemarker.template.TemplateException;
import freemarker.template.TemplateNotFoundException;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.handout.diagnostic.Diagnostic;
import org.handout.diagnostic.DiagnosticException;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * A template's {@code template.yaml}: its variants (the default first), its brand colours with their
 * defaults, and every text-on-background pair it draws, so that brand colours can be checked for
 * contrast before anything is printed. Read through the same locked-down loader as its pages.
 *
 * @param contrast every pair of a text colour (a colour name or {@code #rrggbb}) and the background
 *                 it is drawn on, and whether the text is large
 */
record TemplateDescriptor(List<String> variants, Map<String, String> colours, List<Pair> contrast) {
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,31}");
    private static final Set<String> KEYS = Set.of("variants", "colours", "contrast");

    /** Text in colour {@code text} on background {@code on}; large text needs less contrast. (In YAML the
     *  key is {@code background:}, since YAML 1.1 reads a bare {@code on} as {@code true}.) */
    record Pair(String text, String on, boolean large) {
    }

    static final TemplateDescriptor PLAIN =
            new TemplateDescriptor(List.of(TemplateEngine.DEFAULT_VARIANT), Map.of(), List.of());

    static TemplateDescriptor read(Configuration config, String template, String file) throws DiagnosticException {
        String text;
        try {
            StringWriter out = new StringWriter();
            config.getTemplate(template + "/" + TemplateEngine.DESCRIPTOR, null, null, false).process(Map.of(), out);
            text = out.toString();
        } catch (TemplateNotFoundException e) {
            return PLAIN;
        } catch (IOException | TemplateException e) {
            throw error(file, "cannot be read: " + e.getMessage());
        }
        Object root;
        try {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
        } catch (YAMLException e) {
            throw error(file, "is not valid YAML: " + e.getMessage());
        }
        if (!(root instanceof Map<?, ?> map) || !KEYS.containsAll(map.keySet())) {
            throw error(file, "may hold only variants:, colours: and contrast:");
        }
        List<String> variants = variants(map.get("variants"), file);
        Map<String, String> colours = colours(map.get("colours"), file, "colours");
        return new TemplateDescriptor(variants, colours, pairs(map.get("contrast"), colours, file));
    }

    private static List<String> variants(Object value, String file) throws DiagnosticException {
        if (value == null) {
            return List.of(TemplateEngine.DEFAULT_VARIANT);
        }
        if (!(value instanceof List<?> list) || list.isEmpty()) {
            throw error(file, "variants: must be a list of names, the default first: variants: [a4, large-print]");
        }
        List<String> names = new ArrayList<>();
        for (Object item : list) {
            String name = String.valueOf(item);
            if (!NAME.matcher(name).matches() || names.contains(name)) {
                throw error(file, "variant name \"" + name + "\" is not a lower-case word (letters, digits, -) or"
                        + " is listed twice");
            }
            names.add(name);
        }
        return List.copyOf(names);
    }

    /** Colour names to {@code #rrggbb} values, as in template.yaml's or handout.yaml's {@code colours:}. */
    static Map<String, String> colours(Object value, String file, String key) throws DiagnosticException {
        Map<String, String> colours = new LinkedHashMap<>();
        if (value == null) {
            return colours;
        }
        if (!(value instanceof Map<?, ?> map)) {
            throw error(file, key + ": must map colour names to values, e.g. primary: \"#005eb8\"");
        }
        for (Map.Entry<?, ?> e : map.entrySet()) {
            String name = String.valueOf(e.getKey());
            String hex = String.valueOf(e.getValue());
            if (!NAME.matcher(name).matches() || !Contrast.HEX.matcher(hex).matches()) {
                throw error(file, "colour " + name + ": \"" + hex + "\" is not a colour written \"#rrggbb\""
                        + " (in quotes, since # starts a YAML comment)");
            }
            colours.put(name, hex.toLowerCase(Locale.ROOT));
        }
        return colours;
    }

    private static List<Pair> pairs(Object value, Map<String, String> colours, String file) throws DiagnosticException {
        List<Pair> pairs = new ArrayList<>();
        if (value == null) {
            return pairs;
        }
        if (!(value instanceof List<?> list)) {
            throw error(file, "contrast: must be a list of {text: …, background: …, size: body|large}");
        }
        for (Object item : list) {
            if (!(item instanceof Map<?, ?> m) || !(m.get("text") instanceof String t) || !(m.get("background") instanceof String on)
                    || !("body".equals(m.get("size")) || "large".equals(m.get("size")))) {
                throw error(file, "each contrast: entry needs text:, background: and size: body or large");
            }
            for (String colour : List.of(t, on)) {
                if (!colours.containsKey(colour) && !Contrast.HEX.matcher(colour).matches()) {
                    throw error(file, "contrast: names \"" + colour + "\", which is neither one of its colours:"
                            + " nor a \"#rrggbb\" value");
                }
            }
            pairs.add(new Pair(t, on, "large".equals(m.get("size"))));
        }
        return pairs;
    }

    private static DiagnosticException error(String file, String message) {
        return new DiagnosticException(Diagnostic.error(file, message));
    }
}
