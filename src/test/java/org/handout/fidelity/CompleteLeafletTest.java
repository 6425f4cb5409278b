package org.handout.fidelity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collections;
import javax.imageio.ImageIO;
import org.handout.testing.Project;
import org.handout.testing.Project.Run;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A PDF that passes veraPDF but has lost part of the leaflet is never written: each template below is
 * broken on purpose, the way a careless edit breaks one, and the author is told what was lost and where.
 */
class CompleteLeafletTest {
    private static final String LEAFLET = """
            ---
            title: Radiographer
            reviewed: 2026-11-01
            summary: Radiographers take X-rays and scans.
            template: custom
            variants: [a4]
            contact:
              heading: Find out more
              website: https://www.example.org/radiography
            ---

            Radiographers work in hospitals.

            ## What you do

            - take X-rays
            - explain scans to patients

            ![A radiographer at a scanner](scanner.png)

            Read [the course guide](https://www.example.org/courses) first.
            """;

    @TempDir
    Path dir;
    Project project;

    @BeforeEach
    void project() throws IOException {
        project = new Project(dir).write("content/job.md", LEAFLET);
        ImageIO.write(new BufferedImage(300, 200, BufferedImage.TYPE_INT_RGB), "png", dir.resolve("content/scanner.png").toFile());
        useTemplate(css -> css, page -> page);
    }

    @Test
    void theBuiltInTemplateKeepsEverything() {
        Run run = build();
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(project.exists("output/job.pdf"));
    }

    @Test
    void aTemplateThatHidesHeadingsLosesThemAndThePdfIsNotWritten() throws IOException {
        assertEquals(0, build().exitCode(), "a first good build");
        byte[] good = project.read("output/job.pdf");
        useTemplate(css -> css + "\n.body h2 { display: none; }\n", page -> page);

        Run run = build();

        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("content/job.md:14:1: error: the heading \"What you do\" is missing from"
                + " output/job.pdf: its words are not drawn on any page — check the template \"custom\""), run.err());
        assertTrue(run.out().matches("(?s).*FAILED  job \\[a4\\]  \\d+ errors? — output/job\\.pdf is from the build of"
                + " \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC; this build failed\n.*"), run.out());
        assertArrayEquals(good, project.read("output/job.pdf"), "the last good PDF stays");
    }

    @Test
    void aTemplateThatHidesPicturesLosesThem() throws IOException {
        useTemplate(css -> css + "\nimg { visibility: hidden; width: 0; height: 0; }\n", page -> page);

        Run run = build();

        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("content/job.md:19:1: error: the picture \"scanner.png\""), run.err());
    }

    @Test
    void textMovedOffThePageIsCutOff() throws IOException {
        useTemplate(css -> css + "\n.body li { position: relative; left: 150mm; }\n", page -> page);

        Run run = build();

        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("content/job.md:17:3: error: the list item \"explain scans to patients\" is cut off in"
                + " output/job.pdf: it is drawn outside the page's visible area"), run.err());
    }

    @Test
    void aWebsitePrintedAsPlainTextIsNotALink() throws IOException {
        useTemplate(css -> css, page -> page.replace(
                "<a href=\"${c.website}\" title=\"${c.website}\">${c.website}</a>", "${c.website}"));

        Run run = build();

        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("content/job.md:9:12: error: the contact box's website is drawn in"
                + " output/job.pdf but tagged LBody, not Link"), run.err());
    }

    @Test
    void aTemplateThatDrawsNoTextIsNamedOnceNotOncePerParagraph() throws IOException {
        useTemplate(css -> css + "\n* { font-size: 0 !important; }\n", page -> page);

        Run run = build();

        assertEquals(1, run.exitCode());
        assertEquals(1, run.err().lines().filter(l -> l.contains("error")).count(), run.err());
        assertTrue(run.err().contains("content/job.md: error: output/job.pdf lost 10 of the leaflet's 11 headings,"
                + " paragraphs, cells, pictures and links (their words are not drawn at all), so it is not written —"
                + " the template \"custom\" is the likely cause"), run.err());
        assertFalse(project.exists("output/job.pdf"));
    }

    /**
     * A link whose words wrap onto the next line is found there, even where the layout engine tags the
     * rest of the line as a Span around the link's second part ("Site" | "1003 (example.org/1003)").
     */
    @Test
    void aLinkWhoseWordsWrapOntoTheNextLineIsStillFound() throws IOException {
        String links = java.util.stream.IntStream.range(1000, 1010)
                .mapToObj(i -> "[Site " + i + "](https://example.org/" + i + ")")
                .collect(java.util.stream.Collectors.joining(" "));
        project.write("content/job.md", LEAFLET + "\n" + links + "\n");

        Run run = build();

        assertEquals(0, run.exitCode(), run.err());
    }

    @Test
    void aTableWiderThanThePageNamesTheColumnsThatDoNotFit() throws IOException {
        String header = "| " + String.join(" | ", Collections.nCopies(20, "Qualification")) + " |\n";
        String rule = "|" + "---|".repeat(20) + "\n";
        String row = "| " + String.join(" | ", Collections.nCopies(20, "Degree")) + " |\n";
        project.write("content/job.md", LEAFLET + "\n## Entry routes\n\n" + header + rule + row);

        Run run = build();

        assertEquals(1, run.exitCode());
        assertTrue(run.err().matches("(?s).*content/job\\.md:25:1: error: the table's columns \\d+–20 do not fit on"
                + " the page in output/job\\.pdf, so they would not be printed — a printed table there can have at"
                + " most \\d+ columns of this width; split it or turn it into a list.*"), run.err());
    }

    @Test
    void aWordThatBreaksAtASoftHyphenIsWholeThoughAHyphenIsDrawn() throws IOException {
        // Lines of long words that may break only at their soft hyphens, where the layout engine draws "-".
        String word = String.join("\u00AD", "in", "com", "pre", "hen", "si", "bil", "i", "ties");
        project.write("content/job.md", LEAFLET + "\n" + (word + " ").repeat(30) + "\n");

        Run run = build();

        assertEquals(0, run.exitCode(), run.err());
    }

    @Test
    void aLinkWithinAWordKeepsTheWordThoughItsAddressIsPrintedInside() throws IOException {
        project.write("content/job.md", LEAFLET
                + "\nUpload your [CV](https://www.example.org/cv-builder)s here.\n");

        Run run = build();

        assertEquals(0, run.exitCode(), run.err());
    }

    @Test
    void aShortLinkAfterALinkThatWrapsIsFoundAtItsOwnAddress() throws IOException {
        // The first link is longer than a line, so it is tagged as two Link elements; the second holds
        // "e" too (in its printed address), and must not be taken for the link "e".
        project.write("content/job.md", LEAFLET + "\nRead [the National Careers Service guide to choosing"
                + " a college course, an apprenticeship or a degree after your exams in the summer of year eleven]"
                + "(https://www.example.org/guide) or the [e](https://www.example.org/e)-learning pages.\n");

        Run run = build();

        assertEquals(0, run.exitCode(), run.err());
    }

    @Test
    void aDecorativePictureTallerThanThePageIsDrawnThoughSlicedAcrossPages() throws IOException {
        ImageIO.write(new BufferedImage(200, 1400, BufferedImage.TYPE_INT_RGB), "png",
                dir.resolve("content/tall.png").toFile());
        project.write("content/job.md", LEAFLET + "\n![](tall.png \"decorative\")\n");

        Run run = build();

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(project.exists("output/job.pdf"));
    }

    @Test
    void anEmptyListItemExpectsNothingAndTheItemsAfterItAreStillFound() throws IOException {
        project.write("content/job.md", LEAFLET + "\n- first\n-\n- after the empty one\n");

        Run run = build();

        assertEquals(0, run.exitCode(), run.err());
    }

    @Test
    void transparentTextAndPicturesAreNotSeen() throws IOException {
        // the layout engine paints the item at opacity 0, and the picture after it too
        useTemplate(css -> css + "\n.body li:nth-child(2) { color: transparent; }\n", page -> page);

        Run run = build();

        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("content/job.md:17:3: error: the list item \"explain scans to patients\" is drawn"
                + " in output/job.pdf where no one can see it (too small to read, transparent, or in the"
                + " colour of what is behind it) — check the template \"custom\""), run.err());
        assertTrue(run.err().contains("content/job.md:19:1: error: the picture \"scanner.png\" is tagged with its alt"
                + " text in output/job.pdf but not drawn where a reader can see it"), run.err());
    }

    @Test
    void textTooSmallToReadOrSqueezedIntoASliverIsNotSeen() throws IOException {
        useTemplate(css -> css + "\n.body li:nth-child(1) { font-size: 1pt; }\n"
                + ".body li:nth-child(2) { transform: scaleX(0.02); }\n", page -> page);

        Run run = build();

        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("content/job.md:16:3: error: the list item \"take X-rays\" is drawn in"
                + " output/job.pdf where no one can see it (too small to read"), run.err());
        assertTrue(run.err().contains("content/job.md:17:3: error: the list item \"explain scans to patients\" is drawn"
                + " in output/job.pdf where no one can see it"), run.err());
    }

    @Test
    void aPictureShrunkToADotOrSqueezedIntoASliverIsNotDrawn() throws IOException {
        project.write("content/job.md", LEAFLET + "\n![A radiographer in the scanner room](scanner.png)\n");
        useTemplate(css -> css + "\nimg[alt=\"A radiographer at a scanner\"] { width: 0.1mm; }\n"
                + "img[alt=\"A radiographer in the scanner room\"] { width: 100mm; height: 0.1mm; }\n", page -> page);

        Run run = build();

        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("content/job.md:19:1: error: the picture \"scanner.png\" is tagged with its alt"
                + " text in output/job.pdf but not drawn where a reader can see it"), run.err());
        assertTrue(run.err().contains("content/job.md:23:1: error: the picture \"scanner.png\" is tagged"), run.err());
    }

    @Test
    void textInTheColourOfWhatIsBehindItIsNotSeen() throws IOException {
        useTemplate(css -> css + "\n.body > p:first-child { color: #ffffff; }\n"
                + ".contact h2 { color: #e8edee; }\n", page -> page);

        Run run = build();

        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("content/job.md:12:1: error: the paragraph \"Radiographers work in hospitals.\" is"
                + " drawn in output/job.pdf where no one can see it (too small to read, transparent, or in the colour of"
                + " what is behind it)"), run.err());
        assertTrue(run.err().contains("content/job.md:8:12: error: the contact box's heading is drawn in output/job.pdf"
                + " where no one can see it"), run.err());
    }

    @Test
    void headingsSetInCapitalsAreWholeThoughSharpSIsTwoLetters() throws IOException {
        useTemplate(css -> css + "\nh1, h2 { text-transform: uppercase; }\n", page -> page);
        project.write("content/job.md", LEAFLET.replace("title: Radiographer", "title: Radiographer in Großbritannien")
                + "\n## Working on the <span lang=\"de\">Straße</span>\n\nRoad works.\n");

        Run run = build();

        assertEquals(0, run.exitCode(), run.err());
    }

    @Test
    void aCellLostOnItsOwnIsNamedNotItsColumn() throws IOException {
        project.write("content/job.md", LEAFLET + "\n| Band | Pay |\n| --- | --- |\n| Band 5 | £29,970 |\n"
                + "| Band 6 | £37,338 |\n");
        useTemplate(css -> css + "\n.body tbody tr:first-child td:last-child { visibility: hidden; }\n", page -> page);

        Run run = build();

        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("content/job.md:25:11: error: the table cell \"£29,970\" (column 2) is missing from"
                + " output/job.pdf"), run.err());
        assertFalse(run.err().contains("does not fit"), run.err());
    }

    @Test
    void theSameLinkTwiceInARowIsTwoLinks() throws IOException {
        project.write("content/job.md", LEAFLET + "\nVisit [Careers Wales](https://careerswales.gov.wales)"
                + " [Careers Wales](https://careerswales.gov.wales) twice.\n\n- [Apply](https://www.example.org/apply)\n"
                + "- [Apply](https://www.example.org/apply)\n");

        Run run = build();

        assertEquals(0, run.exitCode(), run.err());
    }

    @Test
    void lettersWithCombiningAccentsAreWhole() throws IOException {
        // typed as e + U+0301 (as some Mac editors save it): the accent is drawn with no width of its own
        project.write("content/job.md", LEAFLET + "\nMeet in the cafe\u0301 at the Ysbyty Gwynedd, Bangor, with Zoe\u0308.\n");

        Run run = build();

        assertEquals(0, run.exitCode(), run.err());
    }

    @Test
    void aThinDividingLineIsDrawnThoughLessThanAMillimetreHigh() throws IOException {
        // 1200 × 4 pixels, shrunk to the width of the text: about 0.6 mm high, but a line anyone sees
        ImageIO.write(new BufferedImage(1200, 4, BufferedImage.TYPE_INT_RGB), "png", dir.resolve("content/rule.png").toFile());
        project.write("content/job.md", LEAFLET + "\n![](rule.png \"decorative\")\n\n![A dividing line](rule.png)\n");

        Run run = build();

        assertEquals(0, run.exitCode(), run.err());
    }

    private Run build() {
        return Project.run("build", "--project", dir.toString());
    }

    /** The built-in template copied into the project as "custom", its CSS and page edited. */
    private void useTemplate(java.util.function.UnaryOperator<String> css, java.util.function.UnaryOperator<String> page)
            throws IOException {
        project.write("templates/custom/page.ftlh", page.apply(builtIn("page.ftlh")))
                .write("templates/custom/style.css", css.apply(builtIn("style.css")))
                .write("templates/custom/a4.css", builtIn("a4.css"))
                .write("templates/custom/template.yaml", "variants: [a4]\n");
    }

    private String builtIn(String file) throws IOException {
        return new String(getClass().getResourceAsStream("/templates/leaflet/" + file).readAllBytes(),
                StandardCharsets.UTF_8);
    }
}
