package org.handout.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.handout.testing.Project;
import org.handout.testing.Project.Run;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An author edits one leaflet of many: only that one is built again, and nothing stale is trusted. */
class IncrementalBuildTest {
    @TempDir
    Path dir;
    Project project;

    @BeforeEach
    void firstBuild() throws Exception {
        project = new Project(dir);
        for (String name : new String[] {"a", "b", "c"}) {
            project.write("content/" + name + ".md", Project.leaflet("Leaflet " + name).replace("---\n\n", "variants: [a4, a5]\n---\n\n"));
        }
        assertTrue(build().out().contains("3 leaflets: 6 PDFs built, 0 failed."));
    }

    @Test
    void anUnchangedProjectIsNotBuiltAgainAndGivesTheSameFiles() throws Exception {
        byte[] report = project.read("output/report.json");
        byte[] pdf = project.read("output/a.pdf");
        assertTrue(build().out().contains("0 PDFs built, 6 unchanged, 0 failed."));
        assertArrayEquals(report, project.read("output/report.json"));
        assertArrayEquals(pdf, project.read("output/a.pdf"));
    }

    @Test
    void anUnchangedLeafletIsNotEvenReadAgainButKeepsItsWarnings() throws Exception {
        project.write("content/b.md", Project.leaflet("Leaflet b").replace("help people", "[click here](https://www.nhs.uk)")
                .replace("---\n\n", "variants: [a4, a5]\n---\n\n"));
        assertTrue(build().err().contains("content/b.md:12:3: warning: link text \"click here\""));
        Run again = Project.run("build", "--verbose", "--project", dir.toString());
        assertTrue(again.out().contains("0 PDFs built, 6 unchanged, 0 failed."), again.out());
        assertTrue(again.out().matches("(?s).*read \\+ checks \\+ lint +0\\.0 ms mean over 0\n.*"), again.out());
        assertTrue(again.err().contains("content/b.md:12:3: warning: link text \"click here\""), again.err());
    }

    @Test
    void anImageSavedWithNewPixelsRebuildsTheLeafletThatShowsIt() throws Exception {
        project.write("content/nhs/d.md", Project.leaflet("Leaflet d").replace("---\n\n", "variants: [a4, a5]\n---\n\n")
                + "\n![A ward at night](../_images/ward.png)\n");
        Files.createDirectories(dir.resolve("content/_images"));
        Files.write(dir.resolve("content/_images/ward.png"), png(java.awt.Color.BLUE));
        assertTrue(build().out().contains("2 PDFs built, 6 unchanged, 0 failed."));
        Files.write(dir.resolve("content/_images/ward.png"), png(java.awt.Color.RED));
        assertTrue(build().out().contains("2 PDFs built, 6 unchanged, 0 failed."), "d's two PDFs made again");
        Run again = Project.run("build", "--verbose", "--project", dir.toString());
        assertTrue(again.out().contains("0 PDFs built, 8 unchanged, 0 failed."), again.out());
        assertTrue(again.out().matches("(?s).*read \\+ checks \\+ lint +0\\.0 ms mean over 0\n.*"),
                "not even d was read again: " + again.out());
    }

    private static byte[] png(java.awt.Color colour) throws java.io.IOException {
        var image = new java.awt.image.BufferedImage(20, 10, java.awt.image.BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(colour);
        g.fillRect(0, 0, 20, 10);
        g.dispose();
        var out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    @Test
    void anEditedLeafletIsBuiltAgainAndOnlyIt() throws Exception {
        project.write("content/b.md", Project.leaflet("Leaflet b, revised").replace("---\n\n", "variants: [a4, a5]\n---\n\n"));
        assertTrue(build().out().contains("2 PDFs built, 4 unchanged, 0 failed."));
        assertTrue(new TextOf(project.read("output/b.pdf")).contains("Leaflet b, revised"));
    }

    @Test
    void aChangedTemplateOrHandoutYamlRebuildsEverything() throws Exception {
        project.write("handout.yaml", "publisher: Careers Wales\n");
        assertTrue(build().out().contains("6 PDFs built, 0 failed."));
        project.write("templates/leaflet/page.ftlh", new String(getClass().getResourceAsStream(
                "/templates/leaflet/page.ftlh").readAllBytes(), java.nio.charset.StandardCharsets.UTF_8) + "\n");
        for (String f : new String[] {"style.css", "template.yaml", "a4.css", "a5.css", "large-print.css"}) {
            project.write("templates/leaflet/" + f, new String(getClass().getResourceAsStream("/templates/leaflet/" + f)
                    .readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        }
        assertTrue(build().out().contains("6 PDFs built, 0 failed."));
    }

    @Test
    void aCorruptCacheOrAnEditedPdfIsNeverTrusted() throws Exception {
        Files.writeString(dir.resolve("output/.handout-cache.json"), "{ not json");
        assertTrue(build().out().contains("6 PDFs built, 0 failed."), "corrupt cache: everything built");

        byte[] good = project.read("output/c.pdf");
        Files.write(dir.resolve("output/c.pdf"), new byte[] {'%', 'P', 'D', 'F'});
        assertTrue(build().out().contains("1 PDF built, 5 unchanged, 0 failed."));
        assertArrayEquals(good, project.read("output/c.pdf"), "the edited PDF was made again");

        byte[] same = project.read("output/b.pdf");
        same[same.length / 2] ^= 1; // same size, one bit different, saved later
        Files.write(dir.resolve("output/b.pdf"), same);
        assertTrue(build().out().contains("1 PDF built, 5 unchanged, 0 failed."));
        assertTrue(new TextOf(project.read("output/b.pdf")).contains("Leaflet b"));

        Files.delete(dir.resolve("output/a.a5.pdf"));
        assertTrue(build().out().contains("1 PDF built, 5 unchanged, 0 failed."));
        assertTrue(Files.exists(dir.resolve("output/a.a5.pdf")));
    }

    @Test
    void aPdfCopiedBackOrTouchedButUnchangedIsStillReused() throws Exception {
        Path pdf = dir.resolve("output/a.pdf");
        byte[] good = Files.readAllBytes(pdf);
        Files.write(pdf, good); // a backup restored: same bytes, a new time
        Files.setLastModifiedTime(pdf, java.nio.file.attribute.FileTime.fromMillis(0));
        assertTrue(build().out().contains("0 PDFs built, 6 unchanged, 0 failed."));
        assertArrayEquals(good, Files.readAllBytes(pdf));
    }

    @Test
    void forceBuildsEverything() {
        Run run = Project.run("build", "--force", "--project", dir.toString());
        assertEquals(0, run.exitCode());
        assertTrue(run.out().contains("6 PDFs built, 0 failed."), run.out());
    }

    private Run build() {
        return Project.run("build", "--project", dir.toString());
    }

    /** The text of a PDF. */
    private record TextOf(byte[] pdf) {
        boolean contains(String text) throws Exception {
            try (var doc = new org.handout.testing.TaggedPdf(pdf)) {
                return doc.pageText().replaceAll("\\s+", " ").contains(text);
            }
        }
    }
}
