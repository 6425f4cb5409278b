package org.handout.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.awt.geom.Rectangle2D;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.handout.report.BuildReport;
import org.handout.testing.Project;
import org.handout.testing.Shared;
import org.handout.testing.TaggedPdf;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A printed leaflet uses its paper and keeps every word on it: lists go on over the page, long words wrap. */
class PrintLayoutTest {
    @TempDir
    Path dir;

    @Test
    void aListThatDoesNotFitGoesOnOverThePageBetweenItems() throws Exception {
        String paragraph = "Nurses care for people of every age in hospitals, clinics and their homes, and they"
                + " work closely with doctors, therapists and healthcare support workers every day. ";
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            body.append(paragraph.repeat(3)).append("\n\n");
        }
        body.append("You could:\n\n");
        for (int i = 1; i <= 12; i++) {
            body.append("- item ").append(i).append(": help patients to wash, dress and eat, check their temperature,"
                    + " pulse and breathing, and tell the nurse in charge what you saw\n");
        }
        new Project(dir).write("content/long.md", "---\ntitle: A long list\nreviewed: 2026-11-01\nvariants: [a4]\n---\n\n" + body);
        BuildReport report = Shared.builder().build(BuildOptions.of(dir), r -> { });
        assertTrue(report.ok(), report.leaflets().toString());

        try (TaggedPdf pdf = new TaggedPdf(Files.readAllBytes(dir.resolve("output/long.pdf")))) {
            assertEquals(2, pdf.document().getNumberOfPages());
            String first = page(pdf, 1);
            String second = page(pdf, 2);
            assertTrue(first.contains("item 1:") && first.contains("item 2:"), "the list starts on page 1:\n" + first);
            assertTrue(second.contains("item 12:"), second);
            for (int i = 1; i <= 12; i++) {
                String item = "item " + i + ": help patients to wash, dress and eat, check their temperature, pulse and"
                        + " breathing, and tell the nurse in charge what you saw";
                assertTrue(first.contains(item) || second.contains(item), "item " + i + " is whole on one page");
            }
        }
    }

    @Test
    void aWordOrAddressWiderThanTheLineWrapsInsteadOfRunningOffThePage() throws Exception {
        String address = "https://www.example.org/" + "a".repeat(300);
        new Project(dir).write("content/wide.md", "---\ntitle: Wide\nreviewed: 2026-11-01\nvariants: [a5]\n---\n\n"
                + "See " + address + " and " + "Pneumonoultramicroscopicsilicovolcanoconiosis".repeat(4) + ".\n");
        BuildReport report = Shared.builder().build(BuildOptions.of(dir), r -> { });
        assertTrue(report.ok(), report.leaflets().toString());
        try (TaggedPdf pdf = new TaggedPdf(Files.readAllBytes(dir.resolve("output/wide.a5.pdf")))) {
            String text = onPaper(pdf, 0);
            assertTrue(text.contains(address), "every character of the address is on the page: " + text);
            assertTrue(text.contains("Pneumonoultramicroscopicsilicovolcanoconiosis".repeat(4)), text);
        }
    }

    @Test
    void aTallPictureIsScaledToFitOnOnePageNotSlicedAcrossPages() throws Exception {
        new Project(dir).write("content/ladder.md", "---\ntitle: Steps\nreviewed: 2026-11-01\nvariants: [a4, a5]\n---\n\n"
                + "The steps of a career:\n\n![A ladder of four steps, from trainee to manager](ladder.png)\n");
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(300, 4000, java.awt.image.BufferedImage.TYPE_INT_RGB),
                "png", dir.resolve("content/ladder.png").toFile());
        BuildReport report = Shared.builder().build(BuildOptions.of(dir), r -> { });
        assertTrue(report.ok(), report.leaflets().toString());
        for (String name : new String[] {"output/ladder.pdf", "output/ladder.a5.pdf"}) {
            try (TaggedPdf pdf = new TaggedPdf(Files.readAllBytes(dir.resolve(name)))) {
                assertEquals(1, pdf.document().getNumberOfPages(), name);
            }
        }
    }

    @Test
    void largePrintKeepsPayFiguresWholeAndTheFooterOfALongTitleOnThePaper() throws Exception {
        StringBuilder body = new StringBuilder("| Job | Training route | Pay as an apprentice | Pay when experienced |"
                + " Cards and tickets |\n| --- | --- | --- | --- | --- |\n");
        for (int i = 0; i < 4; i++) {
            body.append("| Electrician | Level 3 Electrotechnical apprenticeship | £22,000 to £25,000 | £32,000 to £45,000"
                    + " | AM2 assessment and wiring regulations |\n");
        }
        String title = "A guide to apprenticeships in construction, engineering, health, digital and the creative"
                + " industries across Wales and England";
        new Project(dir).write("content/guide.md", "---\ntitle: " + title + "\nreviewed: 2026-11-01\n"
                + "variants: [large-print]\n---\n\n" + body);
        BuildReport report = Shared.builder().build(BuildOptions.of(dir), r -> { });
        assertTrue(report.ok(), report.leaflets().toString());
        try (TaggedPdf pdf = new TaggedPdf(Files.readAllBytes(dir.resolve("output/guide.large-print.pdf")))) {
            StringBuilder paper = new StringBuilder();
            for (int i = 0; i < pdf.document().getNumberOfPages(); i++) {
                String text = onPaper(pdf, i);
                assertTrue(text.contains("Pageof") && text.contains("Aguidetoapprenticeshipsinconstruction,…"),
                        "page " + (i + 1) + "'s footer, with the title cut short, is on the paper: " + text);
                paper.append(text);
            }
            assertTrue(paper.toString().contains("£22,000to£25,000"), "pay figures are not broken: " + paper);
        }
    }

    /** The text drawn inside the page's edges (pdftotext's view), without spaces and line breaks. */
    private static String onPaper(TaggedPdf pdf, int index) throws IOException {
        PDPage page = pdf.document().getPage(index);
        PDFTextStripperByArea stripper = new PDFTextStripperByArea();
        stripper.addRegion("paper", new Rectangle2D.Float(0, 0, page.getMediaBox().getWidth(), page.getMediaBox().getHeight()));
        stripper.extractRegions(page);
        return stripper.getTextForRegion("paper").replaceAll("\\s+", "");
    }

    private static String page(TaggedPdf pdf, int number) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(number);
        stripper.setEndPage(number);
        return stripper.getText(pdf.document()).replaceAll("\\s+", " ");
    }
}
