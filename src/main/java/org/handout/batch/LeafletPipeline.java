package org.handout.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.handout.content.SourceFile;
import org.handout.diagnostic.Diagnostic;
import org.handout.diagnostic.DiagnosticException;
import org.handout.model.Block;
import org.handout.model.Inline;
import org.handout.model.Leaflet;
import org.handout.model.Walk;
import org.handout.pdf.PdfRenderer;
import org.handout.pdf.RenderedPdf;
import org.handout.pdf.Thumbnail;
import org.handout.report.HtmlIndex;
import org.handout.report.LeafletResult;
import org.handout.template.TemplateEngine;
import org.handout.validation.PdfValidator;
import org.handout.validation.ValidationReport;
import org.handout.xhtml.XhtmlDocument;
import org.handout.xhtml.XhtmlParser;

/**
 * One leaflet through every stage: check, template, XHTML, PDF, validate, write. The expensive parts
 * (template configuration, fonts, veraPDF) are built once and shared by every leaflet.
 */
public final class LeafletPipeline {
    private final LeafletChecks checks;
    private final TemplateEngine templates;
    private final PdfRenderer renderer;
    private final PdfValidator validator;
    private final OutputFolder output;
    private final StageTimes times;
    private final BuildCache cache;
    private final String projectInputs;

    public LeafletPipeline(LeafletChecks checks, TemplateEngine templates, PdfRenderer renderer,
            PdfValidator validator, OutputFolder output, StageTimes times, BuildCache cache, String projectInputs) {
        this.checks = checks;
        this.templates = templates;
        this.renderer = renderer;
        this.validator = validator;
        this.output = output;
        this.times = times;
        this.cache = cache;
        this.projectInputs = projectInputs;
    }

    /**
     * Builds the leaflet in each of its variants (only {@code onlyVariant} when that is not null).
     * Never throws for a problem with the leaflet: every problem is in the results.
     */
    public List<LeafletResult> build(SourceFile source, String onlyVariant) {
        List<Diagnostic> warnings = new ArrayList<>();
        try {
            long start = System.nanoTime();
            LeafletChecks.Checked checked = checks.check(source);
            times.since(StageTimes.Stage.CHECK, start);
            warnings.addAll(checked.warnings());
            Leaflet leaflet = checked.leaflet();
            List<String> offered = templates.variants(leaflet);
            String inputs = inputs(source, leaflet);
            TemplateEngine.Page page = null; // worked out once, when a first variant needs building
            List<LeafletResult> results = new ArrayList<>();
            for (String variant : Variants.select(leaflet, offered, onlyVariant)) {
                String pdfName = leaflet.slug() + (variant.equals(offered.get(0)) ? "" : "." + variant) + ".pdf";
                String key = new Fingerprint().add("leaflet", inputs).add("variant", variant).hex();
                Optional<LeafletResult> unchanged = cache.reuse(pdfName, key, output);
                if (unchanged.isPresent()) {
                    times.reused();
                    ensureThumbnail(pdfName);
                    results.add(unchanged.get());
                    continue;
                }
                if (page == null) {
                    page = templates.page(leaflet);
                }
                // The leaflet's own warnings are reported once, with its first variant.
                results.add(buildVariant(source, page, leaflet, variant, pdfName, key,
                        results.isEmpty() ? warnings : List.of()));
            }
            return results;
        } catch (DiagnosticException e) {
            return List.of(LeafletResult.failed(source.slug(), source.displayPath(), e.diagnostics(), warnings));
        }
    }

    /** A reused PDF keeps its thumbnail; one deleted by hand is drawn again. */
    private void ensureThumbnail(String pdfName) {
        String thumbnail = HtmlIndex.thumbnailOf(pdfName);
        if (!Files.exists(output.resolve(thumbnail))) {
            try {
                output.write(thumbnail, Thumbnail.png(Files.readAllBytes(output.resolve(pdfName))));
            } catch (IOException e) {
                // the index shows a missing picture; the PDF itself is fine
            }
        }
    }

    /** Everything this leaflet's PDFs are made from: the project, its template's files, its file and images. */
    private String inputs(SourceFile source, Leaflet leaflet) throws DiagnosticException {
        try {
            Fingerprint f = new Fingerprint().add("project", projectInputs);
            templates.files(leaflet).forEach(f::add);
            f.add("source", Files.readAllBytes(source.path()));
            Path dir = source.path().toAbsolutePath().getParent();
            List<Block> blocks = new ArrayList<>(leaflet.body());
            if (leaflet.metadata().contact() != null) {
                blocks.addAll(leaflet.metadata().contact().text());
            }
            List<String> images = new ArrayList<>();
            Walk.inlines(blocks, i -> {
                if (i instanceof Inline.Image image) {
                    images.add(image.src());
                }
            });
            for (String image : images) {
                f.add("image " + image, Files.readAllBytes(dir.resolve(image)));
            }
            return f.hex();
        } catch (IOException e) {
            throw new DiagnosticException(Diagnostic.error(source.displayPath(), "cannot be read: " + e.getMessage()));
        }
    }

    private LeafletResult buildVariant(SourceFile source, TemplateEngine.Page page, Leaflet leaflet, String variant,
            String pdfName, String key, List<Diagnostic> leafletWarnings) {
        List<Diagnostic> warnings = new ArrayList<>(leafletWarnings);
        try {
            long start = System.nanoTime();
            String xhtmlText = templates.render(page, variant);
            XhtmlDocument xhtml = XhtmlParser.parse(xhtmlText,
                    source.path().toAbsolutePath().getParent().toUri(), source.displayPath());
            times.since(StageTimes.Stage.TEMPLATE, start);
            start = System.nanoTime();
            RenderedPdf pdf = renderer.render(xhtml, source.displayPath(), leaflet.slug() + "." + variant,
                    leaflet.metadata().reviewed().atStartOfDay(ZoneOffset.UTC).toInstant());
            times.since(StageTimes.Stage.LAYOUT, start);
            for (String w : pdf.warnings()) {
                warnings.add(Diagnostic.warning(source.displayPath(), 0, 0, "layout: " + w));
            }
            start = System.nanoTime();
            ValidationReport verdict = validator.validate(output.display(pdfName), pdf.bytes());
            times.since(StageTimes.Stage.VALIDATE, start);
            String written = null;
            if (verdict.passed()) {
                start = System.nanoTime();
                output.write(pdfName, pdf.bytes());
                output.write(HtmlIndex.thumbnailOf(pdfName), Thumbnail.png(pdf.bytes()));
                times.since(StageTimes.Stage.WRITE, start);
                written = pdfName;
            }
            LeafletResult result = new LeafletResult(leaflet.slug(), variant, source.displayPath(), written,
                    pdf.pages(), pdf.bytes().length, verdict, List.of(), warnings);
            if (result.ok()) {
                cache.record(pdfName, key, pdf.bytes(), result);
            }
            return result;
        } catch (DiagnosticException e) {
            return LeafletResult.failed(leaflet.slug(), variant, source.displayPath(), e.diagnostics(), warnings);
        } catch (IOException e) {
            return LeafletResult.failed(leaflet.slug(), variant, source.displayPath(),
                    List.of(Diagnostic.error(source.displayPath(), "could not write the PDF: " + e.getMessage())),
                    warnings);
        }
    }
}
