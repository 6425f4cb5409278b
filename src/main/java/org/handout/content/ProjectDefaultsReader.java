package org.handout.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.handout.diagnostic.Diagnostic;
import org.handout.diagnostic.DiagnosticException;
import org.yaml.snakeyaml.nodes.MappingNode;

/** Reads the optional {@code handout.yaml} as strictly as a leaflet's front matter: unknown keys are errors. */
public final class ProjectDefaultsReader {
    public static final String FILE = "handout.yaml";
    static final Set<String> KEYS = new LinkedHashSet<>(List.of("publisher", "lang", "template", "variants",
            "max-reading-grade"));

    private ProjectDefaultsReader() {
    }

    private static double grade(YamlFields f, Problems problems) {
        String raw = f.text("max-reading-grade", false);
        if (raw == null) {
            return ProjectDefaults.DEFAULT_MAX_READING_GRADE;
        }
        try {
            double grade = Double.parseDouble(raw);
            if (grade > 0 && grade <= 30) {
                return grade;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.error(f.at("max-reading-grade"), "max-reading-grade must be a number from 1 to 30, e.g."
                + " max-reading-grade: 9 (a school grade: 9 suits 14 to 15 year olds)");
        return ProjectDefaults.DEFAULT_MAX_READING_GRADE;
    }

    public static ProjectDefaults read(Path projectDir) throws DiagnosticException {
        Path file = projectDir.resolve(FILE);
        ProjectDefaults builtIn = ProjectDefaults.builtIn();
        if (!Files.isRegularFile(file)) {
            return builtIn;
        }
        Problems problems = new Problems(FILE);
        String text;
        try {
            byte[] bytes = Files.readAllBytes(file);
            if (bytes.length == 0) {
                return builtIn;
            }
            text = SourceText.decode(FILE, bytes);
        } catch (IOException e) {
            throw new DiagnosticException(Diagnostic.error(FILE, "cannot be read: " + e.getMessage()));
        }
        MappingNode map = YamlTree.parse(text, 1, FILE, problems);
        if (map == null) {
            problems.throwIfAny();
            return builtIn; // only comments
        }
        YamlFields f = new YamlFields(map, KEYS, problems, 1, FILE);
        String lang = f.has("lang") ? FrontMatterReader.language(f.text("lang", false), f.at("lang"), problems) : null;
        String template = f.text("template", false);
        ProjectDefaults defaults = new ProjectDefaults(f.text("publisher", false),
                lang == null ? builtIn.lang() : lang,
                template == null ? builtIn.template() : template,
                f.textList("variants"),
                grade(f, problems));
        problems.throwIfAny();
        return defaults;
    }
}
