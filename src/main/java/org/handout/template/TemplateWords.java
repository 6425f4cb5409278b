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
import org.handout.diagnostic.Diagnostic;
import org.handout.diagnostic.DiagnosticException;
import org.handout.diagnostic.Place;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * The words a template prints itself ("Page 2 of 3", "Reviewed", "Phone:"), in the leaflet's
 * language, from the template's {@code words/<language>.yaml}: data a translator edits, one file per
 * language, never template code. A language with no file gets the English words and a warning; a
 * word a file leaves out is the English one. Read through the template loader, so a project's
 * template folder may bring its own files; a template with no {@code words/en.yaml} uses the
 * built-in leaflet template's words.
 */
final class TemplateWords {
    static final String FOLDER = "words";
    static final String ENGLISH = "en";
    /** The template whose words a template without a words folder uses. */
    private static final String BUILT_IN = "leaflet";

    /** The words for one leaflet, and what the author should hear about them. */
    record Chosen(Map<String, String> words, List<Diagnostic> warnings) {
    }

    private final Configuration config;
    private final java.util.concurrent.ConcurrentHashMap<String, Map<String, String>> read =
            new java.util.concurrent.ConcurrentHashMap<>();
    private static final Map<String, String> NONE = Map.of();

    TemplateWords(Configuration config) {
        this.config = config;
    }

    /**
     * @param template  the template's name
     * @param lang      the leaflet's language tag ({@code pt-BR} looks for {@code pt-br.yaml}, then {@code pt.yaml})
     * @param where        where the language was set, for the warning
     * @param templateFile the template's page as the user knows it, for messages about its words files
     */
    Chosen choose(String template, String lang, Place where, String templateFile)
            throws DiagnosticException {
        if (file(template, ENGLISH, templateFile) == NONE && !template.equals(BUILT_IN)) {
            // a project template with no words of its own (a copy of the built-in page) uses the built-in ones
            return choose(BUILT_IN, lang, where, "built-in template " + BUILT_IN + "/" + TemplateEngine.PAGE);
        }
        Map<String, String> english = file(template, ENGLISH, templateFile);
        String tag = lang.toLowerCase(Locale.ROOT);
        String primary = tag.contains("-") ? tag.substring(0, tag.indexOf('-')) : tag;
        Map<String, String> own = file(template, tag, templateFile);
        if (own == NONE && !tag.equals(primary)) {
            own = file(template, primary, templateFile);
        }
        List<Diagnostic> warnings = new ArrayList<>();
        if (own == NONE && !primary.equals(ENGLISH) && english != NONE) {
            String name = Locale.forLanguageTag(lang).getDisplayLanguage(Locale.ENGLISH);
            warnings.add(where.warning("the template \"" + template + "\" has no words in " + name + " (" + primary
                    + "): the words it prints itself (\"" + english.getOrDefault("page", "Page") + "\", \""
                    + english.getOrDefault("reviewed", "Reviewed") + "\" …) are printed in English — add"
                    + " templates/" + template + "/" + FOLDER + "/" + primary + ".yaml to the project, a translation"
                    + " of the template's " + FOLDER + "/" + ENGLISH + ".yaml"));
        }
        Map<String, String> words = new LinkedHashMap<>(english);
        words.putAll(own);
        return new Chosen(Map.copyOf(words), List.copyOf(warnings));
    }

    /** A language's words, read once per build; {@link #NONE} when the template has no such file. */
    private Map<String, String> file(String template, String language, String templateFile) throws DiagnosticException {
        if (!language.matches("[a-z0-9-]{1,35}")) {
            return NONE;
        }
        String path = template + "/" + FOLDER + "/" + language + ".yaml";
        Map<String, String> words = read.get(path);
        if (words == null) {
            words = parse(path, templateFile.replaceFirst("[^/]*$", "") + FOLDER + "/" + language + ".yaml");
            read.putIfAbsent(path, words);
        }
        return words;
    }

    private Map<String, String> parse(String path, String shownAs) throws DiagnosticException {
        String text;
        try {
            StringWriter out = new StringWriter();
            config.getTemplate(path, null, null, false).process(Map.of(), out);
            text = out.toString();
        } catch (TemplateNotFoundException e) {
            return NONE;
        } catch (IOException | TemplateException e) {
            throw new DiagnosticException(Diagnostic.error(shownAs, "cannot be read: " + e.getMessage()));
        }
        Object root;
        try {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
        } catch (YAMLException e) {
            throw new DiagnosticException(Diagnostic.error(shownAs, "is not valid YAML: " + e.getMessage()));
        }
        if (!(root instanceof Map<?, ?> map)) {
            throw new DiagnosticException(Diagnostic.error(shownAs, "must be a list of words, one a line:"
                    + " key: word (e.g. page: Page)"));
        }
        Map<String, String> words = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : map.entrySet()) {
            if (!(e.getKey() instanceof String key) || !(e.getValue() instanceof String word)) {
                throw new DiagnosticException(Diagnostic.error(shownAs, "\"" + e.getKey() + "\" must be a word or"
                        + " phrase in quotes, not a list or a number"));
            }
            words.put(key, word);
        }
        return Map.copyOf(words);
    }
}
