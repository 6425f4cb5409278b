package org.handout.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.xml.DomXmpParser;
import org.handout.diagnostic.Diagnostic;
import org.handout.diagnostic.DiagnosticException;
import org.handout.testing.Shared;
import org.handout.xhtml.XhtmlParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfRendererTest {
    private static final Instant REVIEWED = Instant.parse("2026-11-01T00:00:00Z");

    @TempDir
    Path project;

    @Test
    void resourcesOutsideTheProjectAreRefusedNeverFetched() throws Exception {
        String xhtml = page("<img src=\"http://127.0.0.1:9/logo.png\" alt=\"Logo\"/>"
                + "<img src=\"file:/etc/passwd\" alt=\"Secrets\"/>");
        PdfRenderer renderer = new PdfRenderer(Shared.FONTS, project, "handout test");

        DiagnosticException e = assertThrows(DiagnosticException.class, () -> renderer.render(
                XhtmlParser.parse(xhtml, project.toUri(), "content/x.md"), "content/x.md", "output/x.pdf", "x", REVIEWED));

        assertEquals(List.of(
                "content/x.md: error: refused to load http://127.0.0.1:9/logo.png — handout only reads files"
                        + " inside the project and never fetches from the network",
                "content/x.md: error: refused to load file:/etc/passwd — handout only reads files inside the"
                        + " project and never fetches from the network"),
                e.diagnostics().stream().map(Diagnostic::toString).toList());
    }

    @Test
    void theSameXhtmlGivesTheSameBytes() throws Exception {
        PdfRenderer renderer = new PdfRenderer(Shared.FONTS, project, "handout test");
        String xhtml = page("<p>Hello</p>");
        byte[] first = renderer.render(XhtmlParser.parse(xhtml, project.toUri(), "x"), "x", "x.pdf", "x", REVIEWED).bytes();
        byte[] second = renderer.render(XhtmlParser.parse(xhtml, project.toUri(), "x"), "x", "x.pdf", "x", REVIEWED).bytes();
        assertArrayEquals(first, second);
    }

    @Test
    void aPageThatTakesTooLongToLayOutIsStoppedWithAMessage() {
        String xhtml = page("<p>Some words about the job and the people in it.</p>".repeat(20_000));
        PdfRenderer renderer = new PdfRenderer(Shared.FONTS, project, "handout test", true, Duration.ofMillis(200));

        DiagnosticException e = assertThrows(DiagnosticException.class, () -> renderer.render(
                XhtmlParser.parse(xhtml, project.toUri(), "content/x.md"), "content/x.md", "output/x.pdf", "x", REVIEWED));

        assertEquals(List.of("content/x.md: error: laying out the page took more than 200 ms, far longer than any"
                + " leaflet needs: the template makes much more text, or many more boxes, than the leaflet has — check"
                + " its loops and what it repeats"), e.diagnostics().stream().map(Diagnostic::toString).toList());
    }

    @Test
    void theXmpMetadataSaysWhatTheInfoDictionarySaysEvenWithMarkupCharacters() throws Exception {
        PdfRenderer renderer = new PdfRenderer(Shared.FONTS, project, "handout test");
        String xhtml = page("<p>Hello</p>").replace("<title>T</title>", "<title>Pay &amp; bands &lt;2026&gt;</title>"
                + "<meta name=\"subject\" content=\"Pay, hours &amp; leave\"/><meta name=\"keywords\" content=\"pay, NHS\"/>");
        byte[] pdf = renderer.render(XhtmlParser.parse(xhtml, project.toUri(), "x"), "x", "x.pdf", "x", REVIEWED).bytes();

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            XMPMetadata xmp = new DomXmpParser().parse(doc.getDocumentCatalog().getMetadata().toByteArray());
            assertEquals("Pay & bands <2026>", xmp.getDublinCoreSchema().getTitle());
            assertEquals("Pay, hours & leave", xmp.getDublinCoreSchema().getDescription());
            assertEquals("pay, NHS", xmp.getAdobePDFSchema().getKeywords());
            assertEquals(doc.getDocumentInformation().getCreationDate().getTimeInMillis(),
                    xmp.getXMPBasicSchema().getCreateDate().getTimeInMillis());
            assertEquals(2, xmp.getPDFAIdentificationSchema().getPart());
            assertEquals("en-GB", doc.getDocumentCatalog().getLanguage());
            assertTrue(doc.getDocumentCatalog().getMarkInfo().isMarked());
            assertTrue(doc.getDocumentCatalog().getViewerPreferences().displayDocTitle());
        }
        assertTrue(Shared.VALIDATOR.validate("x.pdf", pdf).passed());
    }

    @Test
    void openHtmlToPdfLeavesTheCatalogsMetadataToHandout() throws Exception {
        // false: this OpenHTMLtoPDF decides otherwise, and every PDF costs its XMP again (OwnMetadata)
        try (var renderer = new com.openhtmltopdf.pdfboxout.PdfRendererBuilder()
                .withHtmlContent(page("<p>Hello</p>"), null).buildPdfRenderer()) {
            assertTrue(OwnMetadata.takeOver(renderer));
        }
    }

    private static String page(String body) {
        return "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en-GB\"><head><title>T</title>"
                + "<style>body { font-family: \"Atkinson Hyperlegible Next\"; }</style></head><body>"
                + body + "</body></html>";
    }
}
