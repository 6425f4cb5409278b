package org.handout.template;

import freemarker.template.Configuration;
import freemarker.template.TemplateException;
import freemarker.template.TemplateNotFoundException;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.handout.diagnostic.Diagnostic;
import org.handout.diagnostic.DiagnosticException;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads a template's {@code template.yaml} through the same locked-down loader as its pages, so a
 * template's variants come from the project's templates/ folder or the built-in ones and nowhere else.
 */
final class TemplateDescriptor {
    private static final Pattern VARIANT = Pattern.compile("[a-z0-9][a-z0-9-]{0,31}");

    private TemplateDescriptor() {
    }

    static List<String> variants(Configuration config, String template, String file) throws DiagnosticException {
        String text;
        try {
            StringWriter out = new StringWriter();
            config.getTemplate(template + "/" + TemplateEngine.DESCRIPTOR, null, null, false).process(Map.of(), out);
            text = out.toString();
        } catch (TemplateNotFoundException e) {
            return List.of(TemplateEngine.DEFAULT_VARIANT);
        } catch (IOException | TemplateException e) {
            throw new DiagnosticException(Diagnostic.error(file, "cannot be read: " + e.getMessage()));
        }
        Object root;
        try {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
        } catch (YAMLException e) {
            throw new DiagnosticException(Diagnostic.error(file, "is not valid YAML: " + e.getMessage()));
        }
        if (!(root instanceof Map<?, ?> map) || !(map.get("variants") instanceof List<?> list) || list.isEmpty()
                || map.size() != 1) {
            throw new DiagnosticException(Diagnostic.error(file, "must hold one key, variants, with a list of"
                    + " variant names, the default first: variants: [a4, large-print]"));
        }
        List<String> names = new ArrayList<>();
        for (Object item : list) {
            String name = String.valueOf(item);
            if (!VARIANT.matcher(name).matches() || names.contains(name)) {
                throw new DiagnosticException(Diagnostic.error(file, "variant name \"" + name + "\" is not a"
                        + " lower-case word (letters, digits, -) or is listed twice"));
            }
            names.add(name);
        }
        return List.copyOf(names);
    }
}
