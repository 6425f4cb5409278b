package org.handout.batch;

import java.io.IOException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.handout.content.SourceFile;
import org.handout.diagnostic.Diagnostic;
import org.handout.diagnostic.DiagnosticException;
import org.handout.model.Leaflet;
import org.handout.pdf.PdfRenderer;
import org.handout.pdf.RenderedPdf;
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

    public LeafletPipeline(LeafletChecks checks, TemplateEngine templates, PdfRenderer renderer,
            PdfValidator validator, OutputFolder output) {
        this.checks = checks;
        this.templates = templates;
        this.renderer = renderer;
        this.validator = validator;
        this.output = output;
    }

    /** Never throws for a problem with the leaflet: every problem is in the result. */
    public LeafletResult build(SourceFile source) {
        List<Diagnostic> warnings = new ArrayList<>();
        try {
            LeafletChecks.Checked checked = checks.check(source);
            warnings.addAll(checked.warnings());
            Leaflet leaflet = checked.leaflet();
            String xhtmlText = templates.render(leaflet);
            XhtmlDocument xhtml = XhtmlParser.parse(xhtmlText,
                    source.path().toAbsolutePath().getParent().toUri(), source.displayPath());
            RenderedPdf pdf = renderer.render(xhtml, source.displayPath(), leaflet.slug(),
                    leaflet.metadata().reviewed().atStartOfDay(ZoneOffset.UTC).toInstant());
            for (String w : pdf.warnings()) {
                warnings.add(Diagnostic.warning(source.displayPath(), 0, 0, "layout: " + w));
            }
            String pdfName = leaflet.slug() + ".pdf";
            ValidationReport verdict = validator.validate(output.display(pdfName), pdf.bytes());
            String written = null;
            if (verdict.passed()) {
                output.write(pdfName, pdf.bytes());
                written = output.display(pdfName);
            }
            return new LeafletResult(leaflet.slug(), source.displayPath(), written, pdf.pages(),
                    pdf.bytes().length, verdict, List.of(), warnings);
        } catch (DiagnosticException e) {
            return LeafletResult.failed(source.slug(), source.displayPath(), e.diagnostics(), warnings);
        } catch (IOException e) {
            return LeafletResult.failed(source.slug(), source.displayPath(),
                    List.of(Diagnostic.error(source.displayPath(), "could not write the PDF: " + e.getMessage())),
                    warnings);
        }
    }
}
