package org.handout.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.regex.Pattern;
import org.handout.model.Brand;
import org.handout.model.Inline;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import java.util.List;
import java.util.Set;
import org.handout.diagnostic.Diagnostic;
import org.handout.diagnostic.DiagnosticException;
import org.yaml.snakeyaml.nodes.MappingNode;

/** Reads the optional {@code handout.yaml} as strictly as a leaflet's front matter: unknown keys are errors. */
public final class ProjectDefaultsReader {
    public static final String FILE = "handout.yaml";
    static final Set<String> KEYS = new LinkedHashSet<>(List.of("publisher", "lang", "template", "variants",
            "max-reading-grade", "logo", "colours"));
    static final Set<String> LOGO_KEYS = new LinkedHashSet<>(List.of("file", "alt", "decorative"));

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

    private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");
    private static final Pattern SAFE_PATH = Pattern.compile("[A-Za-z0-9._/-]+");

    /** {@code logo: {file: images/logo.png, alt: Careers Wales}} or {@code {file: …, decorative: true}}. */
    private static Brand.Logo logo(YamlFields f, Path projectDir, PictureCheck pictures, Problems problems) {
        MappingNode map = f.map("logo");
        if (map == null) {
            return null;
        }
        YamlFields logo = new YamlFields(map, LOGO_KEYS, problems,
                f.firstLine(), "logo");
        String file = logo.text("file", true);
        String alt = logo.text("alt", false);
        boolean decorative = "true".equals(logo.text("decorative", false));
        if (file == null) {
            return null;
        }
        if (!SAFE_PATH.matcher(file).matches()) {
            problems.error(logo.at("file"), "the logo's file name may use only letters, digits, . _ - and /");
            return null;
        }
        if (alt == null && !decorative) {
            problems.error(logo.at("file"), "the logo needs alt: (what it says, usually the publisher's name),"
                    + " or decorative: true if it says nothing the leaflet does not");
        }
        ImageFiles.check(new Inline.Image(file, alt == null ? "" : alt, decorative, logo.at("file")), "logo",
                projectDir, projectDir, pictures, problems);
        return new Brand.Logo(file, decorative ? "" : alt, decorative);
    }

    /** {@code colours: {primary: "#00539f"}}: names are checked against the template when it is used. */
    private static Map<String, String> colours(YamlFields f, Problems problems) {
        Map<String, String> colours = new LinkedHashMap<>();
        MappingNode map = f.map("colours");
        if (map == null) {
            return colours;
        }
        for (NodeTuple t : map.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode key && t.getValueNode() instanceof ScalarNode value
                    && COLOUR.matcher(value.getValue()).matches()) {
                colours.put(key.getValue(), value.getValue());
            } else {
                problems.error(f.position(t.getValueNode()), "a brand colour is written name: \"#rrggbb\", in quotes"
                        + " (# starts a YAML comment), e.g. primary: \"#00539f\"");
            }
        }
        return colours;
    }

    public static ProjectDefaults read(Path projectDir) throws DiagnosticException {
        return read(projectDir, new PictureCheck());
    }

    /** @param pictures checks the logo, once per checker while the file is unchanged */
    public static ProjectDefaults read(Path projectDir, PictureCheck pictures) throws DiagnosticException {
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
                grade(f, problems),
                new Brand(f.text("publisher", false), logo(f, projectDir, pictures, problems), colours(f, problems)),
                f.valuePositions());
        problems.throwIfAny();
        return defaults;
    }
}
