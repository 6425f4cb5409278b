package org.handout.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.UnaryOperator;

/** A project's own template, "custom", made from the built-in one with its CSS and page changed. */
public final class CustomTemplate {
    private CustomTemplate() {
    }

    /**
     * The error lines of a build of {@code project} (whose leaflet {@code content/job.md} uses template
     * custom) that must fail without a PDF, and without an engine's names or a stack trace.
     */
    public static List<String> errors(Project project, UnaryOperator<String> css, UnaryOperator<String> page)
            throws IOException {
        project.write("templates/custom/page.ftlh", page.apply(builtIn("page.ftlh")))
                .write("templates/custom/style.css", css.apply(builtIn("style.css")))
                .write("templates/custom/a4.css", builtIn("a4.css"))
                .write("templates/custom/template.yaml", "variants: [a4]\n");
        Project.Run run = Project.run("build", "--project", project.root().toString());
        assertEquals(1, run.exitCode(), run.err());
        assertFalse(project.exists("output/job.pdf"));
        assertFalse(run.err().matches("(?s).*(Exception|Error\\b|com\\.openhtmltopdf|internal error|\\tat ).*"), run.err());
        return run.err().lines().filter(l -> l.contains(": error: ")).toList();
    }

    private static String builtIn(String file) throws IOException {
        return new String(CustomTemplate.class.getResourceAsStream("/templates/leaflet/" + file).readAllBytes(),
                StandardCharsets.UTF_8);
    }
}
