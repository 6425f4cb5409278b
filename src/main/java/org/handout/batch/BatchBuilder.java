package org.handout.batch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.handout.content.ContentScanner;
import org.handout.content.LeafletReader;
import org.handout.content.ProjectDefaults;
import org.handout.content.ProjectDefaultsReader;
import org.handout.content.SourceFile;
import org.handout.diagnostic.DiagnosticException;
import org.handout.lint.Lint;
import org.handout.lint.LintSettings;
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
 * Builds (or only checks) every leaflet of a project. A bad leaflet is reported and skipped; the
 * others are still built. A build writes each PDF and {@code report.json} to the output folder.
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
        ProjectDefaults defaults = ProjectDefaultsReader.read(project);
        LeafletPipeline pipeline = new LeafletPipeline(checks(options, defaults), new TemplateEngine(project, defaults.brand()),
                new PdfRenderer(fonts, project, "handout " + Version.get()), validator, output);
        List<LeafletResult> results = new ArrayList<>();
        for (SourceFile source : ContentScanner.scan(project)) {
            for (LeafletResult result : pipeline.build(source, options.variant())) {
                results.add(result);
                onLeaflet.accept(result);
            }
        }
        BuildReport report = new BuildReport(Version.get(), results);
        output.write(REPORT, JsonReport.toJson(report).getBytes(StandardCharsets.UTF_8));
        return report;
    }

    /** Runs every check on every leaflet without rendering anything or writing any file. */
    public List<LeafletResult> check(BuildOptions options, Consumer<LeafletResult> onLeaflet)
            throws DiagnosticException, IOException {
        LeafletChecks checks = checks(options, ProjectDefaultsReader.read(options.projectDir()));
        List<LeafletResult> results = new ArrayList<>();
        for (SourceFile source : ContentScanner.scan(options.projectDir())) {
            LeafletResult result;
            try {
                LeafletChecks.Checked checked = checks.check(source);
                result = new LeafletResult(source.slug(), null, source.displayPath(), null, 0, 0, null,
                        List.of(), checked.warnings());
            } catch (DiagnosticException e) {
                result = LeafletResult.failed(source.slug(), source.displayPath(), e.diagnostics(), List.of());
            }
            results.add(result);
            onLeaflet.accept(result);
        }
        return results;
    }

    private LeafletChecks checks(BuildOptions options, ProjectDefaults defaults) {
        Path project = options.projectDir();
        return new LeafletChecks(new LeafletReader(project, defaults), undrawable,
                new Lint(new LintSettings(defaults.maxReadingGrade())), options.strict());
    }
}
