package org.handout.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.UnaryOperator;
import org.handout.testing.Project;
import org.handout.testing.Project.Run;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A broken template stops every leaflet that uses it, in every variant; its error is printed once per
 * build, with a note of how many leaflets and PDFs it stopped, not once per PDF.
 */
class TemplateErrorsOnceTest {
    @TempDir
    Path dir;
    Project project;

    @BeforeEach
    void project() throws IOException {
        project = new Project(dir);
        for (String name : List.of("a", "b")) {
            project.write("content/" + name + ".md", Project.leaflet("Job " + name).replace("---\n\n", "template: mine\n---\n\n"));
        }
    }

    @Test
    void aSyntaxErrorIsPrintedOnceWithTheLeafletsItStopped() throws IOException {
        Run run = build(page -> page.replace("<h1 id=\"title\">${leaflet.title}</h1>", "<h1 id=\"title\">${leaflet.title</h1>"),
                css -> css);
        String page = builtIn("page.ftlh");
        int line = (int) page.substring(0, page.indexOf("<h1 id=\"title\">")).chars().filter(c -> c == '\n').count() + 1;
        assertEquals(List.of(
                "templates/mine/page.ftlh:" + line + ":32: error: template syntax: Encountered \"/\" here, where FreeMarker expected"
                        + " something else — check for an unclosed ${…} or <#…>, or a missing quote or bracket, just before it",
                "templates/mine/page.ftlh:" + line + ":32: note: this error stopped 2 leaflets (6 PDFs): content/a.md, content/b.md"),
                run.err().lines().toList());
        assertEquals(6, run.out().lines().filter(l -> l.startsWith("FAILED")).count(), run.out());
    }

    @Test
    void aTemplateThatRunsAwayRunsOnceABuildNotOncePerPdf() throws IOException {
        long start = System.nanoTime();
        Run run = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> build(page -> page.replace("${body}",
                "<#list 1..999999999 as i><#list 1..999999999 as j></#list></#list>${body}"), css -> css));
        assertTrue(System.nanoTime() - start < Duration.ofSeconds(30).toNanos(), "one 10 s limit, not six");
        List<String> errors = run.err().lines().toList();
        assertEquals(2, errors.size(), run.err());
        assertTrue(errors.get(0).matches("templates/mine/page\\.ftlh:\\d+:\\d+: error: the template was still running"
                + " after 10 s \\(in #list 1\\.\\.999999999 as j\\), so handout stopped it — .*"), errors.get(0));
        assertTrue(errors.get(1).endsWith(": note: this error stopped 2 leaflets (6 PDFs): content/a.md, content/b.md"),
                errors.get(1));
    }

    @Test
    void aWebFontIsReportedOnceNotOncePerVariant() throws IOException {
        Run run = build(page -> page, css -> css + "\n@font-face { font-family: \"Web\"; src: url(https://example.org/font.woff); }\n"
                + "html, body, pre, code { font-family: \"Web\"; }\n");
        List<String> errors = run.err().lines().toList();
        assertEquals(2, errors.size(), run.err());
        assertTrue(errors.get(0).matches("templates/mine/style\\.css:\\d+:\\d+: error: the font https://example\\.org/font\\.woff"
                + " could not be loaded: handout only reads files inside the project and never fetches from the network"
                + " — use the embedded \"Atkinson Hyperlegible Next\""), errors.get(0));
    }

    /** A build with the built-in template copied as "mine", in all three variants, its page and CSS changed. */
    private Run build(UnaryOperator<String> page, UnaryOperator<String> css) throws IOException {
        for (String file : List.of("a4.css", "a5.css", "large-print.css", "template.yaml")) {
            project.write("templates/mine/" + file, builtIn(file));
        }
        project.write("templates/mine/page.ftlh", page.apply(builtIn("page.ftlh")))
                .write("templates/mine/style.css", css.apply(builtIn("style.css")));
        Run run = Project.run("build", "--project", dir.toString());
        assertEquals(1, run.exitCode(), run.err());
        return run;
    }

    private String builtIn(String file) throws IOException {
        return new String(getClass().getResourceAsStream("/templates/leaflet/" + file).readAllBytes(),
                StandardCharsets.UTF_8);
    }
}
