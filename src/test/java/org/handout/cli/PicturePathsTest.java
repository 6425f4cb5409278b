package org.handout.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.handout.testing.Project;
import org.handout.testing.Project.Run;
import org.handout.testing.TaggedPdf;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An author saves a photo as "my ward.png": the leaflet shows it, or says how to, never prints the Markdown. */
class PicturePathsTest {
    private static final String HEAD = "---\ntitle: Wards\nreviewed: 2026-11-01\nvariants: [a4]\n---\n\n";

    @TempDir
    Path dir;
    Project project;

    @BeforeEach
    void photo() throws Exception {
        project = new Project(dir);
        Files.createDirectories(dir.resolve("content/images"));
        ImageIO.write(new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB), "png", dir.resolve("content/images/my ward.png").toFile());
    }

    @Test
    void aPathWithASpaceIsAnErrorThatSaysHowToWriteIt() throws Exception {
        project.write("content/wards.md", HEAD + "Our wards.\n\n![A ward at night](images/my ward.png)\n\n"
                + "Apply with [the form](forms/apply now.pdf).\n");
        Run run = Project.run("build", "--project", dir.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("content/wards.md:9:1: error: this picture's path \"images/my ward.png\" has a space,"
                + " so Markdown prints it as text — write it in angle brackets, ![A ward at night](<images/my ward.png>),"
                + " or rename the file without spaces"), run.err());
        assertTrue(run.err().contains("content/wards.md:11:12: error: this link's address \"forms/apply now.pdf\" has a space"),
                run.err());
        assertTrue(!Files.exists(dir.resolve("output/wards.pdf")));
    }

    @Test
    void inAngleBracketsOrWithPercent20ThePictureIsShownWithItsAltText() throws Exception {
        project.write("content/angle.md", HEAD + "![A ward at night](<images/my ward.png>)\n");
        project.write("content/escaped.md", HEAD + "![A ward at night](images/my%20ward.png)\n");
        Run run = Project.run("build", "--project", dir.toString());
        assertEquals(0, run.exitCode(), run.err());
        for (String pdf : new String[] {"output/angle.pdf", "output/escaped.pdf"}) {
            try (TaggedPdf tagged = new TaggedPdf(project.read(pdf))) {
                assertTrue(tagged.elements().stream().anyMatch(e -> e.type().equals("Figure")
                        && "A ward at night".equals(e.alt())), pdf + ": " + tagged.elements());
            }
        }
    }

    @Test
    void aPictureOfSeveralMegabytesIsBuiltWithAWarningAboutTheSizeOfThePdf() throws Exception {
        java.util.Random noise = new java.util.Random(1);
        BufferedImage photo = new BufferedImage(1200, 900, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < photo.getHeight(); y++) {
            for (int x = 0; x < photo.getWidth(); x++) {
                photo.setRGB(x, y, noise.nextInt()); // noise does not compress: about 3 MB of PNG
            }
        }
        ImageIO.write(photo, "png", dir.resolve("content/images/camera.png").toFile());
        project.write("content/big.md", HEAD + "![A ward at night](images/camera.png)\n");
        Run run = Project.run("build", "--project", dir.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().matches("(?s).*content/big\\.md:7:1: warning: the picture \"images/camera\\.png\" is 3\\.\\d MB,"
                + " so each PDF that shows it is at least as big.*"), run.err());
    }
}
