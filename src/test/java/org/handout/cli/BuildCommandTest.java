package org.handout.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.handout.testing.Project;
import org.handout.testing.Project.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What an author sees when a leaflet is broken: a message with a place, and nothing else lost. */
class BuildCommandTest {
    @TempDir
    Path dir;

    @Test
    void aYamlErrorNamesFileAndLineAndTheOtherLeafletsStillBuild() throws Exception {
        Project p = new Project(dir)
                .write("content/good.md", Project.leaflet("Good leaflet"))
                .write("content/bad.md", """
                        ---
                        title: Broken
                        reviewed: [2026-11-01
                        ---
                        Text.
                        """);

        Run run = Project.run("build", "--project", dir.toString());

        assertEquals(1, run.exitCode());
        assertTrue(run.err().lines().anyMatch(l -> l.startsWith("content/bad.md:3:")), run.err());
        assertNoStackTrace(run);
        assertTrue(run.out().contains("FAILED  bad"), run.out());
        assertTrue(run.out().contains("ok      good [a4]  1 page"), run.out());
        assertTrue(run.out().contains("2 leaflets: 3 PDFs built, 1 failed"), run.out());
        assertTrue(p.exists("output/good.pdf"));
        assertFalse(p.exists("output/bad.pdf"));

        JsonNode report = new ObjectMapper().readTree(p.read("output/report.json"));
        assertEquals("content/bad.md", report.at("/leaflets/0/source").asText());
        assertEquals("failed", report.at("/leaflets/0/status").asText());
        assertEquals(3, report.at("/leaflets/0/errors/0/line").asInt());
        assertEquals("ok", report.at("/leaflets/1/status").asText());
        assertEquals("ua1", report.at("/leaflets/1/validation/0/flavour").asText());
        assertTrue(report.at("/leaflets/1/validation/1/compliant").asBoolean());
    }

    @Test
    void aLeafletThatBreaksKeepsItsLastGoodPdf() throws Exception {
        Project p = new Project(dir).write("content/job.md", Project.leaflet("A job"));
        assertEquals(0, Project.run("build", "--project", dir.toString()).exitCode());
        byte[] good = p.read("output/job.pdf");

        p.write("content/job.md", "---\ntitle: A job\n---\nNo review date.\n");
        Run run = Project.run("build", "--project", dir.toString());

        assertEquals(1, run.exitCode());
        assertArrayEquals(good, p.read("output/job.pdf"), "the good PDF is still there, unchanged");
    }

    @Test
    void aPdfThatFailsValidationIsReportedWithItsRuleAndNotWritten() throws Exception {
        // A custom template that forgets the document title: PDF/UA-1 requires one.
        String page = new String(getClass().getResourceAsStream("/templates/leaflet/page.ftlh").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8).replace("<title>${leaflet.title}</title>", "");
        String css = new String(getClass().getResourceAsStream("/templates/leaflet/style.css").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        Project p = new Project(dir)
                .write("templates/untitled/page.ftlh", page)
                .write("templates/untitled/style.css", css)
                .write("content/job.md", Project.leaflet("A job").replace("reviewed:", "template: untitled\nreviewed:"));

        Run run = Project.run("build", "--project", dir.toString());

        assertEquals(1, run.exitCode());
        assertTrue(run.out().contains("FAILED  job [default]  PDF/UA-1 FAIL"), run.out());
        assertTrue(run.err().contains("content/job.md: error: PDF/UA-1 rule ISO 14289-1:2014 7.1-"), run.err());
        assertFalse(p.exists("output/job.pdf"));
        assertNoStackTrace(run);
    }

    @Test
    void aCharacterTheFontsCannotDrawIsNamedWithItsPlace() throws Exception {
        Project p = new Project(dir).write("content/apply.md", """
                ---
                title: Apply now
                reviewed: 2026-11-01
                ---

                Apply today \uD83D\uDE00 and good luck.
                """);

        Run run = Project.run("build", "--project", dir.toString());

        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("content/apply.md:6:13: error: the character \uD83D\uDE00 (U+1F600 GRINNING FACE)"
                + " cannot be drawn by the embedded fonts"), run.err());
        assertFalse(p.exists("output/apply.pdf"));
    }

    @Test
    void quietPrintsOnlyProblemsAndTheSummaryAndVerboseAddsStageTimes() throws Exception {
        new Project(dir).write("content/good.md", Project.leaflet("Good")).write("content/bad.md", "---\ntitle: B\n---\n");
        Run quiet = Project.run("build", "--quiet", "--project", dir.toString());
        assertEquals(List.of("FAILED  bad  1 error", "2 leaflets: 3 PDFs built, 1 failed. Report: output/report.json"),
                quiet.out().lines().toList());
        assertTrue(quiet.err().contains("content/bad.md:1: error:"), quiet.err());

        Run verbose = Project.run("build", "--verbose", "--force", "--project", dir.toString());
        assertTrue(verbose.out().matches("(?s).*  layout \\+ PDF +[0-9.]+ ms mean over 3.*"), verbose.out());
        assertEquals(2, Project.run("build", "-q", "-v", "--project", dir.toString()).exitCode());
    }

    @Test
    void aMissingProjectFolderIsAUsageError() {
        Run run = Project.run("build", "--project", dir.resolve("nowhere").toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("no project folder"), run.err());
    }

    @Test
    void aVariantNoTemplateHasIsAUsageErrorThatChangesNothing() throws Exception {
        Project p = new Project(dir).write("content/job.md", Project.leaflet("A job"))
                .write("templates/plain/page.ftlh", "<html><body>${leaflet.title}</body></html>");
        assertEquals(0, Project.run("build", "--project", dir.toString()).exitCode());
        byte[] report = p.read("output/report.json");
        byte[] index = p.read("output/index.html");
        byte[] record = p.read("output/.handout-cache.json");

        Run run = Project.run("build", "--project", dir.toString(), "--variant", "a6");

        assertEquals(2, run.exitCode(), run.err());
        assertEquals("handout: error: --variant \"a6\" is not a variant of any template (leaflet: a4, large-print, a5;"
                + " plain: default) — give one of those, or leave --variant out to build every variant; nothing was"
                + " built or changed\n", run.err());
        assertEquals("", run.out());
        assertArrayEquals(report, p.read("output/report.json"));
        assertArrayEquals(index, p.read("output/index.html"));
        assertArrayEquals(record, p.read("output/.handout-cache.json"));
        assertTrue(Project.run("build", "--project", dir.toString(), "--variant", "a5").out()
                .contains("1 leaflet: 0 PDFs built, 1 unchanged, 0 failed."));
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        Run run = Project.run("build", "--colour");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("Unknown option: '--colour'"), run.err());
    }

    @Test
    void helpListsTheCommandsAndExitStatuses() {
        Run run = Project.run("--help");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().contains("build"), run.out());
        assertTrue(run.out().contains("validate"), run.out());
        assertTrue(run.out().contains("2   usage error"), run.out());
        Run build = Project.run("build", "--help");
        assertTrue(build.out().contains("--project=DIR"), build.out());
        assertTrue(build.out().contains("--out=DIR"), build.out());
    }

    @Test
    void versionIsPrinted() {
        Run run = Project.run("--version");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().matches("handout \\d+\\.\\d+\\.\\d+\\R"), run.out());
    }

    private static void assertNoStackTrace(Run run) {
        assertFalse(run.err().contains("\tat "), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
    }
}
