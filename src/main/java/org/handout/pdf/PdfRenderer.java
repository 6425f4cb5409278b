package org.handout.pdf;

import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import com.openhtmltopdf.util.XRLog;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.handout.diagnostic.Diagnostic;
import org.handout.diagnostic.DiagnosticException;
import org.handout.diagnostic.Place;
import org.handout.xhtml.XhtmlDocument;

/**
 * Lays out XHTML as a tagged PDF/UA-1 + PDF/A-2a file. Build one per project (it holds the fonts
 * and colour profile) and reuse it for every leaflet; it is thread-safe, each call renders alone.
 */
public final class PdfRenderer {
    /**
     * The most pages one PDF may have, checked after layout and before the PDF is drawn, in case the
     * estimate of the leaflet's length (checked before layout) misses: a template that starts a page
     * for every paragraph, say. veraPDF's time grows with the pages.
     */
    public static final int MAX_PAGES = 100;
    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    private final EmbeddedFonts fonts;
    private final Path projectRoot;
    private final String producer;
    private final Duration layoutLimit;
    private final boolean lean;

    static {
        // OpenHTMLtoPDF logs every render at INFO; handout reports through its own diagnostics.
        XRLog.setLoggingEnabled(false);
        // PDFBox's XMP writer asks JAXP for a TransformerFactory for every packet (OpenHTMLtoPDF's,
        // when OwnMetadata cannot turn it off). With veraPDF's Saxon on the class path, JAXP's service
        // lookup then re-reads and re-verifies Saxon's signed jar each time (a tenth of all build time,
        // measured); naming the JDK's own factory skips the lookup.
        System.getProperties().putIfAbsent("javax.xml.transform.TransformerFactory",
                "com.sun.org.apache.xalan.internal.xsltc.trax.TransformerFactoryImpl");
        // OpenHTMLtoPDF and PDFBox read pictures through ImageIO streams, which by default buffer each
        // one in a temporary file in java.io.tmpdir, outside output/; in memory instead.
        ImageIO.setUseCache(false);
    }

    public PdfRenderer(EmbeddedFonts fonts, Path projectRoot, String producer) {
        this(fonts, projectRoot, producer, true, LayoutDeadline.LIMIT);
    }

    /**
     * @param lean        whether the content is rewritten for fewer checks ({@link LeanContent}); tests compare both
     * @param layoutLimit how long the layout engine may take ({@link LayoutDeadline})
     */
    PdfRenderer(EmbeddedFonts fonts, Path projectRoot, String producer, boolean lean, Duration layoutLimit) {
        this.fonts = fonts;
        this.projectRoot = projectRoot;
        this.producer = producer;
        this.lean = lean;
        this.layoutLimit = layoutLimit;
    }

    /** As {@link #render(XhtmlDocument, String, String, TemplatePlaces, String, Instant)}, every problem named at {@code origin}. */
    public RenderedPdf render(XhtmlDocument xhtml, String origin, String pdfName, String identity, Instant timestamp)
            throws DiagnosticException {
        return render(xhtml, origin, pdfName, text -> new Place(origin, 0, 0), identity, timestamp);
    }

    /**
     * @param origin    the leaflet's file as the user knows it, for messages
     * @param pdfName   the PDF as the user knows it ({@code output/x.a5.pdf}), for messages
     * @param template  where the template that made the page writes a thing, for messages about it: a
     *                  refused font or picture, an unknown font family, what the layout engine failed on
     * @param timestamp the date written into the PDF (from the content, never the clock)
     */
    public RenderedPdf render(XhtmlDocument xhtml, String origin, String pdfName, TemplatePlaces template,
            String identity, Instant timestamp) throws DiagnosticException {
        return render(xhtml, origin, pdfName, template, identity, timestamp, LayoutPass.FIRST);
    }

    /** As above, laid out as {@code pass} says (the layout self-check asks for a second pass). */
    public RenderedPdf render(XhtmlDocument xhtml, String origin, String pdfName, TemplatePlaces template,
            String identity, Instant timestamp, LayoutPass pass) throws DiagnosticException {
        ResourceGuard guard = new ResourceGuard(projectRoot);
        RightToLeftText rightToLeft = new RightToLeftText();
        List<String> warnings = new ArrayList<>();
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .useFastMode()
                .usePdfUaAccessibility(true)
                .usePdfAConformance(PdfAConformance.PDFA_2_A)
                .useColorProfile(SRGB)
                // Unicode bidi (ICU4J) for right-to-left and mixed-direction text, and Arabic letters
                // drawn in their joined forms (RightToLeftText); without these OpenHTMLtoPDF lays every
                // run out left to right, letters apart. ActualText then gives readers the logical text.
                .useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory())
                .useUnicodeBidiReorderer(rightToLeft)
                .withProducer(producer)
                .useExternalResourceAccessControl(guard::allowsUnresolved,
                        ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                .useExternalResourceAccessControl(guard::allowsResolved,
                        ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
                .useHttpStreamImplementation(ResourceGuard.NEVER)
                .useUnicodeLineBreaker(new LayoutDeadline(layoutLimit).watching(new AddressLineBreaker()))
                .withDiagnosticConsumer(d -> {
                    if (d.getLevel().intValue() >= Level.WARNING.intValue()) {
                        warnings.add(d.getFormattedMessage());
                    }
                })
                .withW3cDocument(pass.apply(xhtml.dom()), xhtml.baseUri().toString());
        fonts.registerWith(builder);

        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        boolean rightToLeftText = RightToLeftText.hasRightToLeft(xhtml.text());
        int pages;
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            renderer.layout();
            int laidOut = renderer.getRootBox().getLayer().getPages().size();
            if (laidOut > MAX_PAGES) {
                throw new DiagnosticException(Diagnostic.error(origin, String.format(Locale.ROOT, "%s would have"
                        + " %,d pages; a PDF may have at most %,d — split the leaflet into several leaflets", pdfName,
                        laidOut, MAX_PAGES)));
            }
            OwnMetadata.takeOver(renderer);
            renderer.createPDFWithoutClosing();
            PDDocument doc = renderer.getPdfDocument();
            pages = doc.getNumberOfPages();
            RepeatedTableHeaders.markAsArtifacts(doc);
            MirroredTables.restoreReadingOrder(doc, xhtml.dom());
            // Right-to-left text keeps a marked-content sequence per bidi run: ActualText (below) gives
            // each run its logical text, which joined sequences could not carry.
            if (lean && !rightToLeftText) {
                LeanContent.apply(doc);
            }
            ReproducibleMetadata.apply(doc, timestamp, identity, xhtml.text(),
                    xhtml.dom().getDocumentElement().getAttribute("lang"));
            doc.save(out, CompressParameters.DEFAULT_COMPRESSION);
        } catch (IOException | RuntimeException | StackOverflowError e) {
            // A refused font or picture is the likely cause of what the engine then stopped on, so it is
            // what the user hears about; otherwise the failure itself, in words.
            throw new DiagnosticException(guard.refused().isEmpty() ? List.of(LayoutProblems.failure(e, template))
                    : LayoutProblems.refusals(guard.refused(), guard.root(), template));
        }
        if (!guard.refused().isEmpty()) {
            throw new DiagnosticException(LayoutProblems.refusals(guard.refused(), guard.root(), template));
        }
        byte[] pdf = out.toByteArray();
        if (rightToLeftText) {
            try {
                pdf = ActualText.add(pdf, rightToLeft);
            } catch (IOException | RuntimeException e) {
                throw new DiagnosticException(List.of(LayoutProblems.failure(e, template)));
            }
        }
        return new RenderedPdf(pdf, pages, warnings);
    }
}
