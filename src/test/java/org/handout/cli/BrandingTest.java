package org.handout.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.handout.testing.Project;
import org.handout.testing.Project.Run;
import org.handout.testing.TaggedPdf;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A careers service puts its name, logo and colours on its leaflets, and handout keeps them readable. */
class BrandingTest {
    @TempDir
    Path dir;
    Project project;

    @BeforeEach
    void project() throws Exception {
        project = new Project(dir).write("content/job.md", Project.leaflet("A job").replace("---\n\n", "variants: [a4]\n---\n\n"));
        ImageIO.write(new BufferedImage(200, 50, BufferedImage.TYPE_INT_RGB), "png", dir.resolve("logo.png").toFile());
    }

    @Test
    void theLogoIsAFigureWithItsAltTextAndThePublisherIsPrinted() throws Exception {
        project.write("handout.yaml", "publisher: Careers Wales\nlogo: {file: logo.png, alt: Careers Wales}\n"
                + "colours:\n  link: \"#00539f\"\n");
        Run run = Project.run("build", "--project", dir.toString());
        assertEquals(0, run.exitCode(), run.err());
        try (TaggedPdf pdf = new TaggedPdf(project.read("output/job.pdf"))) {
            List<TaggedPdf.Element> figures = pdf.elements().stream().filter(e -> e.type().equals("Figure")).toList();
            assertEquals("Careers Wales", figures.get(0).alt());
            assertTrue(pdf.readingOrderText().contains("Published by Careers Wales."), pdf.readingOrderText());
            assertEquals("Careers Wales", pdf.document().getDocumentInformation().getAuthor());
        }
    }

    @Test
    void aDecorativeLogoIsNotAnnounced() throws Exception {
        project.write("handout.yaml", "logo: {file: logo.png, decorative: true}\n");
        assertEquals(0, Project.run("build", "--project", dir.toString()).exitCode());
        try (TaggedPdf pdf = new TaggedPdf(project.read("output/job.pdf"))) {
            assertTrue(pdf.elements().stream().noneMatch(e -> e.type().equals("Figure")), pdf.elements().toString());
        }
    }

    @Test
    void aBrandColourTooWeakToReadStopsTheBuildWithThePairAndTheRatio() throws Exception {
        project.write("handout.yaml", "colours:\n  link: \"#7fb2e5\"\n  heading: \"#999999\"\n");
        Run run = Project.run("build", "--project", dir.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("handout.yaml: error: body text in link (#7fb2e5) on #ffffff has a contrast of"
                + " 2.23:1; body text needs at least 4.5:1 (WCAG 2.x) — choose a darker colour for link"), run.err());
        assertTrue(run.err().contains("handout.yaml: error: large text in heading (#999999) on #ffffff has a contrast"
                + " of 2.85:1; large text needs at least 3.0:1"), run.err());
        assertFalse(project.exists("output/job.pdf"));
    }

    @Test
    void mistakesInTheBrandAreNamed() throws Exception {
        project.write("handout.yaml", "colours:\n  primary: \"#00539f\"\n");
        assertTrue(Project.run("build", "--project", dir.toString()).err().contains("handout.yaml: error: colour"
                + " \"primary\" is not one template leaflet uses — its colours are: heading, link, accent"));
        project.write("handout.yaml", "logo: {file: logo.png}\n");
        assertTrue(Project.run("build", "--project", dir.toString()).err().contains("handout.yaml:1:14: error: the"
                + " logo needs alt:"));
        project.write("handout.yaml", "logo: {file: ../logo.png, alt: Logo}\n");
        assertTrue(Project.run("build", "--project", dir.toString()).err().contains("is outside the project"));
        project.write("handout.yaml", "colours:\n  link: #00539f\n");
        assertTrue(Project.run("build", "--project", dir.toString()).err().contains("a brand colour is written"
                + " name: \"#rrggbb\", in quotes"));
        assertFalse(project.exists("output/job.pdf"));
    }
}
