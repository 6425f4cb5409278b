package org.handout.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.handout.testing.Project;
import org.handout.testing.Project.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * index.html is read by leaflet (its title, its PDFs and their verdicts), and a PDF left from an
 * earlier build of a leaflet that failed now is marked as old wherever the build reports.
 */
class IndexAndKeptPdfTest {
    private static final Pattern ROW = Pattern.compile("<tr><th scope=\"row\">(.*?)</tr>", Pattern.DOTALL);

    @TempDir
    Path dir;

    @Test
    void theIndexHasOneRowPerLeafletWithItsTitleItsVariantsLinkedWithVerdictsAndAThumbnail() throws Exception {
        Project p = new Project(dir)
                .write("content/nursing.md", Project.leaflet("Nursing careers"))
                .write("content/porter.md", Project.leaflet("Porter jobs").replace("---\n\n", "variants: [a4, a5]\n---\n\n"));
        assertEquals(0, Project.run("build", "--project", dir.toString()).exitCode());

        String html = new String(p.read("output/index.html"), StandardCharsets.UTF_8);
        Matcher rows = ROW.matcher(html);
        assertTrue(rows.find());
        String nursing = rows.group(1);
        assertTrue(rows.find());
        String porter = rows.group(1);
        assertFalse(rows.find(), "one row per leaflet, not per PDF");

        assertTrue(nursing.startsWith("<span class=\"title\">Nursing careers</span><br><span class=\"file\">"
                + "content/nursing.md</span></th>"), nursing);
        for (String pdf : new String[] {"nursing.pdf", "nursing.large-print.pdf", "nursing.a5.pdf"}) {
            assertTrue(nursing.contains("<a href=\"" + pdf + "\">" + pdf + "</a>, "), pdf + " in " + nursing);
        }
        assertTrue(nursing.contains("<li><strong>large-print</strong>: <a href=\"nursing.large-print.pdf\">"), nursing);
        assertEquals(3, count(nursing, "PDF/UA-1: pass, PDF/A-2A: pass"), nursing);
        assertTrue(nursing.contains("<img src=\"thumbs/nursing.png\" alt=\"First page of Nursing careers\" width=\"200\">"),
                nursing);
        assertEquals(2, count(porter, "<a href=\"porter"), porter);
        assertTrue(html.contains("table { border-collapse: collapse; width: 100%; }"), "the table uses the page's width");
        assertTrue(html.contains("<p>2 leaflets: 5 PDFs built and valid, 0 failed."), html);
    }

    @Test
    void anOldPdfKeptAfterItsLeafletFailedIsMarkedInTheConsoleTheReportAndTheIndex() throws Exception {
        Project p = new Project(dir).write("content/job.md",
                Project.leaflet("Porter jobs").replace("---\n\n", "variants: [a4]\n---\n\n"));
        assertEquals(0, Project.run("build", "--project", dir.toString()).exitCode());
        byte[] good = p.read("output/job.pdf");
        String built = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC)
                .format(Files.getLastModifiedTime(dir.resolve("output/job.pdf")).toInstant());

        p.write("content/job.md", Project.leaflet("Porter jobs").replace("2026-11-01", "soon")
                .replace("---\n\n", "variants: [a4]\n---\n\n"));
        Run failed = Project.run("build", "--project", dir.toString());

        assertEquals(1, failed.exitCode());
        String marked = "output/job.pdf is from the build of " + built + "; this build failed";
        assertTrue(failed.out().contains("FAILED  job  1 error — " + marked + "\n"), failed.out());
        JsonNode entry = new ObjectMapper().readTree(p.read("output/report.json")).path("leaflets").get(0);
        assertEquals("failed", entry.path("status").asText());
        assertEquals("Porter jobs", entry.path("title").asText());
        assertEquals("job.pdf", entry.path("kept").get(0).path("file").asText());
        assertEquals(marked, entry.path("kept").get(0).path("message").asText());
        String html = new String(p.read("output/index.html"), StandardCharsets.UTF_8);
        assertTrue(html.contains("<span class=\"failed\">not built</span></li><li><a href=\"job.pdf\">job.pdf</a> is from"
                + " the build of " + built + "; this build failed</li>"), html);
        assertTrue(java.util.Arrays.equals(good, p.read("output/job.pdf")), "the good PDF is kept");

        p.write("content/job.md", Project.leaflet("Porter jobs").replace("---\n\n", "variants: [a4]\n---\n\n"));
        Run fixed = Project.run("build", "--project", dir.toString());
        assertEquals(0, fixed.exitCode());
        assertFalse(fixed.out().contains("this build failed"), fixed.out());
        assertFalse(new String(p.read("output/report.json"), StandardCharsets.UTF_8).contains("\"kept\""));
    }

    @Test
    void aLeafletThatNeverBuiltHasNothingMarked() throws Exception {
        new Project(dir).write("content/job.md", Project.leaflet("Porter jobs").replace("2026-11-01", "soon"));

        Run run = Project.run("build", "--project", dir.toString());

        assertTrue(run.out().contains("FAILED  job  1 error\n"), run.out());
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
