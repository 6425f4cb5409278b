package org.handout.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.handout.content.LeafletReader;
import org.handout.content.ProjectDefaults;
import org.handout.content.ProjectDefaultsReader;
import org.handout.content.SourceFile;
import org.handout.model.Leaflet;
import org.handout.template.TemplateEngine;
import org.handout.testing.Shared;
import org.handout.testing.TaggedPdf;
import org.handout.validation.ValidationReport;
import org.handout.xhtml.XhtmlParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lean content stream tags and reads exactly as OpenHTMLtoPDF's own: every structure element
 * keeps its type, alternate text, language and text, in the same order, on the shipped samples and on
 * a leaflet with every feature; both veraPDF profiles still pass; the file is smaller and has far
 * fewer marked-content sequences for veraPDF to check.
 */
class LeanContentTest {
    private static final Instant REVIEWED = Instant.parse("2026-11-01T00:00:00Z");
    private static final Path SAMPLES = Path.of("").toAbsolutePath();
    private static final String FEATURES = """
            ---
            title: Every feature
            reviewed: 2026-11-01
            summary: A leaflet with lists, a long table, pictures, quotes and links.
            variants: [a4]
            contact:
              heading: Find out more
              website: https://www.example.org/contact
              phone: 0345 60 60 655
            ---

            Radiographers work in hospitals, and *some* work in **clinics**; read
            [the course guide for radiographers who want to specialise](https://www.example.org/courses/radiography)
            before you apply, or `call us`.

            ## What you do

            - take X-rays
              - and scans
              - and more scans, explained to patients who may be worried about them, in plain words
            - explain scans to patients

            1. first step
            2. second step

            > A radiographer said: it is the best job in the hospital.

            ![A radiographer at a scanner](scanner.png)

            ![](wave.png "decorative")

            | Job title | Pay per year |
            | --- | --- |
            %s
            """.formatted(IntStream.range(0, 70).mapToObj(i -> "| Role " + i + " | £" + (20 + i) + ",000 |")
            .collect(Collectors.joining("\n")));

    @TempDir
    static Path dir;

    @BeforeAll
    static void pictures() throws Exception {
        Files.createDirectories(dir.resolve("content"));
        Files.writeString(dir.resolve("content/features.md"), FEATURES);
        ImageIO.write(new BufferedImage(300, 200, BufferedImage.TYPE_INT_RGB), "png", dir.resolve("content/scanner.png").toFile());
        ImageIO.write(new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB), "png", dir.resolve("content/wave.png").toFile());
    }

    @Test
    void theSamplesReadTheSameInFewerSequencesAndStillPass() throws Exception {
        List<Path> samples;
        try (Stream<Path> files = Files.walk(SAMPLES.resolve("content"))) {
            samples = files.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        assertTrue(samples.size() >= 4, samples.toString());
        for (Path sample : samples) {
            for (String variant : List.of("a4", "large-print", "a5")) {
                if (RightToLeftText.hasRightToLeft(Files.readString(sample))) {
                    // each bidi run keeps its own sequence, for its ActualText
                    assertArrayEquals(render(SAMPLES, sample, variant, false), render(SAMPLES, sample, variant, true),
                            sample + ": right-to-left text is left as the layout engine wrote it");
                } else {
                    compare(SAMPLES, sample, variant);
                }
            }
        }
    }

    @Test
    void aLeafletWithEveryFeatureReadsTheSameAndStillPasses() throws Exception {
        compare(dir, dir.resolve("content/features.md"), "a4");
    }

    @Test
    void theLeanPdfIsReproducible() throws Exception {
        byte[] first = render(dir, dir.resolve("content/features.md"), "a4", true);
        byte[] second = render(dir, dir.resolve("content/features.md"), "a4", true);
        assertArrayEquals(first, second);
    }

    private static void compare(Path project, Path leaflet, String variant) throws Exception {
        String name = project.relativize(leaflet) + " [" + variant + "]";
        byte[] raw = render(project, leaflet, variant, false);
        byte[] lean = render(project, leaflet, variant, true);
        try (TaggedPdf before = new TaggedPdf(raw); TaggedPdf after = new TaggedPdf(lean)) {
            assertEquals(before.elements(), after.elements(), name + ": every element, its type and its text");
            assertEquals(before.readingOrderText(), after.readingOrderText(), name);
        }
        ValidationReport verdict = Shared.VALIDATOR.validate(name, lean);
        assertTrue(verdict.passed(), name + ": " + verdict);
        Sequences rawCount = sequences(raw);
        Sequences leanCount = sequences(lean);
        assertEquals(0, leanCount.emptyUntagged, name + ": empty artifact sequences");
        assertTrue(rawCount.emptyUntagged > 0, name + ": OpenHTMLtoPDF writes empty ones, which this removes");
        assertTrue(leanCount.all * 2 < rawCount.all, name + ": " + rawCount.all + " -> " + leanCount.all + " sequences");
        assertTrue(lean.length < raw.length, name + ": " + raw.length + " -> " + lean.length + " bytes");
        assertTrue(subsetFonts(lean), name + ": fonts embedded as subsets");
    }

    private static byte[] render(Path project, Path leaflet, String variant, boolean lean) throws Exception {
        SourceFile source = new SourceFile(leaflet, project.relativize(leaflet).toString(), "x");
        ProjectDefaults defaults = ProjectDefaultsReader.read(project);
        Leaflet read = new LeafletReader(project, defaults).read(source).leaflet();
        String xhtml = new TemplateEngine(project, defaults.brand()).render(read, variant);
        PdfRenderer renderer = new PdfRenderer(Shared.FONTS, project, "handout test", lean, LayoutDeadline.LIMIT);
        return renderer.render(XhtmlParser.parse(xhtml, leaflet.getParent().toUri(), source.displayPath()),
                source.displayPath(), "x.pdf", "x." + variant, REVIEWED).bytes();
    }

    private record Sequences(int all, int emptyUntagged) {
    }

    /** Marked-content sequences in all pages, and how many of them are empty and carry no id. */
    private static Sequences sequences(byte[] pdf) throws Exception {
        int all = 0;
        int empty = 0;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (PDPage page : doc.getPages()) {
                List<Object> tokens = new PDFStreamParser(page).parse();
                List<Object> operands = new ArrayList<>();
                Object lastBegin = null;
                boolean lastWasBegin = false;
                for (Object token : tokens) {
                    if (!(token instanceof Operator op)) {
                        operands.add(token);
                        continue;
                    }
                    String n = op.getName();
                    if (n.equals("BDC") || n.equals("BMC")) {
                        all++;
                        lastBegin = operands.size() == 2 ? operands.get(1) : null;
                        lastWasBegin = true;
                    } else {
                        if (n.equals("EMC") && lastWasBegin
                                && !(lastBegin instanceof COSDictionary d && d.containsKey(COSName.MCID))) {
                            empty++;
                        }
                        lastWasBegin = false;
                    }
                    operands.clear();
                }
            }
        }
        return new Sequences(all, empty);
    }

    private static boolean subsetFonts(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (PDPage page : doc.getPages()) {
                for (COSName f : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(f);
                    if (!font.getName().matches("[A-Z]{6}\\+.*")) {
                        return false;
                    }
                }
            }
        }
        return true;
    }
}
