package org.handout.batch;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.handout.content.ContentScanner;
import org.handout.content.LeafletReader;
import org.handout.content.ProjectDefaultsReader;
import org.handout.content.SourceFile;
import org.handout.diagnostic.DiagnosticException;
import org.handout.pdf.EmbeddedFonts;
import org.handout.pdf.GlyphCoverage;
import org.handout.pdf.PdfRenderer;
import org.handout.pdf.UndrawableCharacters;
import org.handout.report.BuildReport;
import org.handout.report.JsonReport;
import org.handout.report.LeafletResult;
import org.handout.template.TemplateEngine;
import org.handout.validation.PdfValidator;

/**
 * Builds every leaflet of a project into the output folder and writes {@code report.json}. A bad
 * leaflet is reported and skipped; the others are still built.
 */
public final class BatchBuilder {
    public static final String REPORT = "report.json";

    private final PdfValidator validator;
    private final EmbeddedFonts fonts;
    private final UndrawableCharacters undrawable;

    /** Share one validator and font set across builds in one JVM (tests, watch mode). */
    public BatchBuilder(PdfValidator validator, EmbeddedFonts fonts) {
        this.validator = validator;
        this.fonts = fonts;
        this.undrawable = new UndrawableCharacters(new GlyphCoverage(fonts));
    }

    /**
     * @param onLeaflet called as each leaflet finishes, for progress output
     * @throws DiagnosticException when the project itself cannot be read (e.g. a bad handout.yaml)
     */
    public BuildReport build(BuildOptions options, Consumer<LeafletResult> onLeaflet)
            throws DiagnosticException, IOException {
        Path project = options.projectDir();
        // veraPDF's rule sets take about a second to load: load them while the first leaflet is laid out.
        Thread warmUp = new Thread(validator::warmUp, "verapdf-warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
        OutputFolder output = new OutputFolder(options.outDir(), options.outDisplayName());
        LeafletPipeline pipeline = new LeafletPipeline(
                new LeafletReader(project, ProjectDefaultsReader.read(project)),
                undrawable,
                new TemplateEngine(project),
                new PdfRenderer(fonts, project, "handout " + Version.get()),
                validator,
                output);
        List<LeafletResult> results = new ArrayList<>();
        for (SourceFile source : ContentScanner.scan(project)) {
            LeafletResult result = pipeline.build(source);
            results.add(result);
            onLeaflet.accept(result);
        }
        BuildReport report = new BuildReport(Version.get(), results);
        output.write(REPORT, JsonReport.toJson(report).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return report;
    }
}
