package org.handout.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.handout.testing.Project;
import org.handout.testing.Project.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's example leaflet is real: it is the one {@code handout init} makes, it builds, and
 * {@code docs/leaflet.png} is its first page. Run with {@code -Dhandout.writeDocs=true} to draw that
 * picture again after the example or the built-in template changes.
 */
class ReadmeExampleTest {
    private static final Path README = Path.of("README.md");
    private static final Path PICTURE = Path.of("docs/leaflet.png");
    /** The picture's resolution: 60 dpi makes an A4 page 496 × 702 pixels, readable in a README. */
    private static final float DPI = 60;

    @TempDir
    Path dir;

    @Test
    void theReadmesExampleLeafletIsInitsExampleAndBuildsIntoThePictureShown() throws Exception {
        String example = readmeExample();
        String shipped = new String(InitCommand.class.getResourceAsStream("/org/handout/init/content/apprenticeships.md")
                .readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(shipped, example, "the README shows the leaflet handout init makes");

        Path project = dir.resolve("p");
        assertEquals(0, Project.run("init", project.toString()).exitCode());
        Files.writeString(project.resolve("content/apprenticeships.md"), example);
        Run build = Project.run("build", "--project", project.toString(), "--variant", "a4");
        assertEquals(0, build.exitCode(), build.out() + build.err());
        assertTrue(build.out().contains("PDF/UA-1 pass, PDF/A-2A pass"), build.out());

        BufferedImage page = firstPage(Files.readAllBytes(project.resolve("output/apprenticeships.pdf")));
        if (Boolean.getBoolean("handout.writeDocs")) {
            ImageIO.write(page, "png", PICTURE.toFile());
        }
        BufferedImage shown = ImageIO.read(PICTURE.toFile());
        assertEquals(page.getWidth() + " × " + page.getHeight(), shown.getWidth() + " × " + shown.getHeight());
        // The same PDF draws the same pixels (0 apart); one digit changed in the text is 3e-5 apart.
        double difference = meanDifference(page, shown);
        assertTrue(difference < 1e-5, "docs/leaflet.png is not the example's first page (" + difference
                + " apart) — draw it again: mvn -o -B test -Dtest=ReadmeExampleTest -Dhandout.writeDocs=true");
    }

    @Test
    void ciRunsTheReadmesTwoCommands() throws Exception {
        Matcher m = Pattern.compile("(?s)```sh\\n(.*?)```\\n").matcher(Files.readString(README));
        assertTrue(m.find(), "README.md's install section has a ```sh block with the two commands");
        List<String> ci = Files.readAllLines(Path.of(".ci/run"));
        for (String line : m.group(1).split("\n")) {
            String command = line.replaceAll("\\s+#.*", "").strip();
            assertTrue(ci.contains(command), ".ci/run runs the README's command " + command);
        }
    }

    /** The first fenced {@code markdown} block of the README. */
    static String readmeExample() throws Exception {
        Matcher m = Pattern.compile("(?s)```markdown\\n(.*?)```\\n").matcher(Files.readString(README));
        assertTrue(m.find(), "README.md has a ```markdown block with the example leaflet");
        return m.group(1);
    }

    private static BufferedImage firstPage(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFRenderer(doc).renderImageWithDPI(0, DPI, ImageType.RGB);
        }
    }

    /** How far apart two same-sized pictures are: 0 the same, 1 black against white everywhere. */
    private static double meanDifference(BufferedImage a, BufferedImage b) {
        long sum = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                int p = a.getRGB(x, y);
                int q = b.getRGB(x, y);
                for (int shift = 0; shift <= 16; shift += 8) {
                    sum += Math.abs((p >> shift & 0xff) - (q >> shift & 0xff));
                }
            }
        }
        return sum / (255.0 * 3 * a.getWidth() * a.getHeight());
    }
}
