package org.handout.batch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.handout.report.BuildReport;
import org.handout.report.LeafletResult;
import org.handout.testing.FontSizes;
import org.handout.testing.Shared;
import org.handout.testing.TaggedPdf;
import org.handout.validation.FlavourResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The leaflets shipped in content/, built as a careers service would build them. */
class SampleLeafletsTest {
    private static final Path PROJECT = Path.of("").toAbsolutePath();

    @TempDir
    static Path out;
    private static BuildReport report;

    @BeforeAll
    static void buildSamples() throws Exception {
        report = Shared.builder().build(BuildOptions.of(PROJECT).withOut(out, "output").withJobs(3), r -> { });
    }

    @Test
    void everySampleBuildsAndPassesPdfUa1AndPdfA2a() {
        assertTrue(report.leaflets().size() >= 3, "at least three sample leaflets ship");
        for (LeafletResult l : report.leaflets()) {
            assertTrue(l.errors().isEmpty(), l.slug() + ": " + l.errors());
            List<String> verdicts = new ArrayList<>();
            for (FlavourResult f : l.validation().results()) {
                verdicts.add(f.flavourId() + "=" + f.compliant());
                assertTrue(f.failures().isEmpty(), l.slug() + " " + f.displayName() + ": " + f.failures());
            }
            assertEquals(List.of("ua1=true", "2a=true"), verdicts, l.slug());
            assertTrue(Files.exists(out.resolve(l.slug() + ".pdf")), l.slug());
        }
    }

    @Test
    void healthcareScienceReadsTitleLeadThenEachSectionInOrder() throws IOException {
        try (TaggedPdf pdf = open("healthcare-science")) {
            String text = pdf.readingOrderText();
            assertInOrder(text, "Scientific and technical careers", "Healthcare science in the NHS",
                    "If you are passionate about technology or science", "Pharmacy",
                    "Life sciences and pathology", "genetics", "Physiological sciences",
                    "Clinical engineering and physical sciences", "Find out more", "0345 60 60 655");
            // The page text (what pdftotext shows) has the same order.
            assertInOrder(pdf.pageText().replaceAll("\\s+", " "), "Scientific and technical careers",
                    "Pharmacy", "Life sciences and pathology", "Physiological sciences");
        }
    }

    @Test
    void structureTreeHasRealHeadingsListsAndLinksWithAlternateText() throws IOException {
        try (TaggedPdf pdf = open("healthcare-science")) {
            List<TaggedPdf.Element> elements = pdf.elements();
            List<String> types = elements.stream().map(TaggedPdf.Element::type).toList();
            assertEquals(1, types.stream().filter("H1"::equals).count(), "one H1: the title");
            assertTrue(types.stream().filter("H2"::equals).count() >= 4, types.toString());
            assertTrue(types.containsAll(List.of("P", "L", "LI", "LBody", "Link")), types.toString());
            String h1 = elements.stream().filter(e -> e.type().equals("H1")).findFirst().orElseThrow().text();
            assertEquals("Scientific and technical careers", h1.strip());
            for (TaggedPdf.Element link : elements.stream().filter(e -> e.type().equals("Link")).toList()) {
                assertTrue(link.alt() != null && !link.alt().isBlank(), "every Link has alternate text");
            }
        }
    }

    @Test
    void tablesHaveHeaderCellsAndSubSectionsAreH3() throws IOException {
        try (TaggedPdf pdf = open("nursing")) {
            List<String> types = pdf.elements().stream().map(TaggedPdf.Element::type).toList();
            assertTrue(types.containsAll(List.of("Table", "TR", "TH", "TD", "H3")), types.toString());
        }
    }

    @Test
    void documentTitleLanguageDatesAndBookmarksComeFromTheFrontMatter() throws IOException {
        try (TaggedPdf pdf = open("healthcare-science")) {
            PDDocument doc = pdf.document();
            assertEquals("Scientific and technical careers", doc.getDocumentInformation().getTitle());
            assertTrue(doc.getDocumentCatalog().getViewerPreferences().displayDocTitle(),
                    "the reader's title bar shows the title, not the file name");
            assertEquals("en-GB", doc.getDocumentCatalog().getLanguage());
            assertTrue(doc.getDocumentInformation().getSubject().startsWith("If you are passionate"));
            assertEquals(2026, doc.getDocumentInformation().getCreationDate().get(java.util.Calendar.YEAR));
            assertEquals(java.util.Calendar.NOVEMBER,
                    doc.getDocumentInformation().getCreationDate().get(java.util.Calendar.MONTH));
            List<String> bookmarks = new ArrayList<>();
            for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) {
                bookmarks.add(item.getTitle());
            }
            assertTrue(bookmarks.containsAll(List.of("Pharmacy", "Life sciences and pathology")), bookmarks.toString());
        }
    }

    @Test
    void everyPageHasTheFooterAndTheLongLeafletRunsToThreePages() throws IOException {
        try (TaggedPdf pdf = open("paramedic")) {
            int pages = pdf.document().getNumberOfPages();
            assertTrue(pages >= 3, "paramedic has " + pages + " pages");
            String text = pdf.pageText();
            for (int p = 1; p <= pages; p++) {
                assertTrue(text.contains("Page " + p + " of " + pages), "footer on page " + p);
            }
            // The footer is decoration for a screen reader: it is not in the structure tree.
            assertTrue(!pdf.readingOrderText().contains("Page 1 of"), "footer is an artifact");
        }
    }

    @Test
    void everyLeafletComesInA4LargePrintAndA5() throws IOException {
        for (String slug : List.of("healthcare-science", "nursing", "paramedic")) {
            assertEquals(List.of("a4", "large-print", "a5"), report.leaflets().stream()
                    .filter(l -> l.slug().equals(slug)).map(LeafletResult::variant).toList());
            assertPageSize(slug + ".pdf", 595, 842);
            assertPageSize(slug + ".large-print.pdf", 595, 842);
            assertPageSize(slug + ".a5.pdf", 420, 595);
        }
    }

    @Test
    void largePrintBodyTextIsAtLeast16PointAndNeverItalic() throws IOException {
        try (TaggedPdf pdf = new TaggedPdf(Files.readAllBytes(out.resolve("paramedic.large-print.pdf")))) {
            FontSizes sizes = FontSizes.of(pdf.document());
            assertTrue(sizes.mostCommon() >= 16f, "body text is " + sizes.mostCommon() + " pt");
            assertTrue(sizes.fontNames().stream().noneMatch(f -> f.contains("Italic")), sizes.fontNames().toString());
        }
        try (TaggedPdf pdf = open("paramedic")) {
            assertTrue(FontSizes.of(pdf.document()).mostCommon() < 12f, "the A4 variant is the smaller one");
        }
    }

    @Test
    void everyVariantReadsInTheSameOrder() throws IOException {
        String a4;
        try (TaggedPdf pdf = open("nursing")) {
            a4 = pdf.readingOrderText();
        }
        for (String variant : List.of("large-print", "a5")) {
            try (TaggedPdf pdf = new TaggedPdf(Files.readAllBytes(out.resolve("nursing." + variant + ".pdf")))) {
                assertEquals(a4, pdf.readingOrderText(), variant);
            }
        }
    }

    @Test
    void theWelshLeafletIsWelshThroughoutAndKeepsItsEnglishPhrase() throws IOException {
        try (TaggedPdf pdf = open("cy/nyrsio")) {
            assertEquals("cy", pdf.document().getDocumentCatalog().getLanguage());
            String text = pdf.readingOrderText();
            assertInOrder(text, "Gyrfaoedd nyrsio", "Mae rhai nyrsys yn ymweld â chleifion yn eu tŷ.",
                    "Pedwar maes nyrsio", "Rhagor o wybodaeth", "Gwefan:", "Ffôn:", "Adolygwyd 1 Tachwedd 2026.");
            assertTrue(pdf.pageText().contains("Tudalen 1 o 2"), "the footer is in Welsh too");
            assertTrue(pdf.elements().stream().anyMatch(e -> e.type().equals("Span") && "en".equals(e.lang())),
                    "<span lang=\"en\"> keeps its language in the structure tree");
        }
    }

    private static void assertPageSize(String file, int width, int height) throws IOException {
        try (TaggedPdf pdf = new TaggedPdf(Files.readAllBytes(out.resolve(file)))) {
            for (var page : pdf.document().getPages()) {
                assertEquals(width, Math.round(page.getMediaBox().getWidth()), file);
                assertEquals(height, Math.round(page.getMediaBox().getHeight()), file);
            }
        }
    }

    @Test
    void theIndexPageLinksEveryPdfWithAThumbnailThatSaysWhatItShows() throws IOException {
        String index = Files.readString(out.resolve("index.html"));
        assertTrue(index.startsWith("<!DOCTYPE html>\n<html lang=\"en\">"), index);
        assertTrue(index.contains("<th scope=\"col\">PDFs</th>"), index);
        for (LeafletResult l : report.leaflets()) {
            assertTrue(index.contains("<strong>" + l.variant() + "</strong>: <a href=\"" + l.outputFile() + "\">"
                    + l.outputFile() + "</a>"), l.outputFile());
            String thumbnail = "thumbs/" + l.outputFile().replace(".pdf", ".png");
            assertTrue(Files.size(out.resolve(thumbnail)) > 1000, thumbnail);
            if (l.outputFile().equals(l.slug() + ".pdf")) { // the leaflet's row shows its first variant's page
                assertTrue(index.contains("<img src=\"" + thumbnail + "\" alt=\"First page of " + l.title() + "\""),
                        thumbnail);
            }
        }
    }

    @Test
    void noPageIsEmptyButForItsFooter() throws IOException {
        for (LeafletResult l : report.leaflets()) {
            try (TaggedPdf pdf = new TaggedPdf(Files.readAllBytes(out.resolve(l.outputFile())))) {
                PDFTextStripper stripper = new PDFTextStripper();
                for (int p = 1; p <= pdf.document().getNumberOfPages(); p++) {
                    stripper.setStartPage(p);
                    stripper.setEndPage(p);
                    String body = stripper.getText(pdf.document()).replaceAll("Page \\d+ of \\d+", "").strip();
                    assertTrue(body.lines().count() > 1, l.slug() + " page " + p + " holds only: " + body);
                }
            }
        }
    }

    @Test
    void onlyAtkinsonHyperlegibleIsUsedEmbeddedAndSubset() throws IOException {
        try (TaggedPdf pdf = open("healthcare-science")) {
            for (var page : pdf.document().getPages()) {
                PDResources res = page.getResources();
                for (var name : res.getFontNames()) {
                    PDFont font = res.getFont(name);
                    assertTrue(font instanceof PDType0Font, font.getName());
                    assertTrue(font.getName().matches("[A-Z]{6}\\+AtkinsonHyperlegibleNext-.*"), font.getName());
                    assertTrue(font.isEmbedded(), font.getName());
                }
            }
        }
    }

    @Test
    void buildingTwiceWithThreeJobsOrOneGivesByteIdenticalPdfsAndReports(@TempDir Path again) throws Exception {
        BuildReport second = Shared.builder().build(BuildOptions.of(PROJECT).withOut(again, "output").withJobs(1), r -> { });
        assertEquals(report.leaflets().size(), second.leaflets().size());
        for (LeafletResult l : second.leaflets()) {
            String pdf = l.outputFile();
            assertArrayEquals(Files.readAllBytes(out.resolve(pdf)), Files.readAllBytes(again.resolve(pdf)), pdf);
        }
        for (String report : List.of("report.json", "junit.xml", "index.html")) {
            assertArrayEquals(Files.readAllBytes(out.resolve(report)), Files.readAllBytes(again.resolve(report)), report);
        }
    }

    private static TaggedPdf open(String slug) throws IOException {
        return new TaggedPdf(Files.readAllBytes(out.resolve(slug + ".pdf")));
    }

    static void assertInOrder(String text, String... parts) {
        int from = 0;
        for (String part : parts) {
            int at = text.indexOf(part, from);
            assertTrue(at >= 0, "expected \"" + part + "\" after position " + from + " in: " + text);
            from = at + part.length();
        }
    }
}
