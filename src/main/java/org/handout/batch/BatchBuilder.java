package org.handout.batch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.handout.content.ContentScanner;
import org.handout.content.LeafletReader;
import org.handout.content.PictureCheck;
import org.handout.content.ProjectDefaults;
import org.handout.content.ProjectDefaultsReader;
import org.handout.content.SlugClashes;
import org.handout.content.SourceFile;
import org.handout.diagnostic.Diagnostic;
import org.handout.diagnostic.DiagnosticException;
import org.handout.diagnostic.Names;
import org.handout.lint.Lint;
import org.handout.lint.LintSettings;
import org.handout.pdf.EmbeddedFonts;
import org.handout.pdf.GlyphCoverage;
import org.handout.pdf.PdfRenderer;
import org.handout.pdf.UndrawableCharacters;
import org.handout.report.BuildReport;
import org.handout.report.HtmlIndex;
import org.handout.report.JsonReport;
import org.handout.report.JunitReport;
import org.handout.report.LeafletResult;
import org.handout.template.TemplateEngine;
import org.handout.validation.PdfValidator;

/**
 * Builds (or only checks) every leaflet of a project. A bad leaflet is reported and skipped; the
 * others are still built. A build writes each PDF and {@code report.json} to the output folder.
 */
public final class BatchBuilder {
    public static final String REPORT = "report.json";
    public static final String JUNIT = "junit.xml";
    public static final String INDEX = "index.html";

    private final PdfValidator validator;
    private final EmbeddedFonts fonts;
    private final UndrawableCharacters undrawable;
    private final WarmUp warmUp;
    /** Kept from one build to the next (watch mode), so an unchanged picture is decoded once. */
    private final PictureCheck pictures = new PictureCheck();
    private final OutputFolder.Disk disk;
    private Workers workers;

    /** A builder with its own validator and fonts. */
    public BatchBuilder() {
        this(new PdfValidator(), new EmbeddedFonts());
    }

    /** Share one validator and font set across builds in one JVM (tests, watch mode). */
    public BatchBuilder(PdfValidator validator, EmbeddedFonts fonts) {
        this(validator, fonts, OutputFolder.Disk.REAL);
    }

    /** As {@link #BatchBuilder(PdfValidator, EmbeddedFonts)}, writing files through {@code disk} (tests: a full disk). */
    public BatchBuilder(PdfValidator validator, EmbeddedFonts fonts, OutputFolder.Disk disk) {
        this.disk = disk;
        this.validator = validator;
        this.fonts = fonts;
        this.undrawable = new UndrawableCharacters(new GlyphCoverage(fonts));
        this.warmUp = new WarmUp(validator);
    }

    /**
     * @param listener told of each result as its leaflet finishes, for progress output
     * @throws DiagnosticException when the project itself cannot be read (e.g. a bad handout.yaml), or
     *                             the reports cannot be written; {@linkplain DiagnosticException#isUsage() a
     *                             usage error}, before anything is written, for a variant no template has
     *                             or an output folder handout may not write into
     */
    public BuildReport build(BuildOptions options, BuildListener listener)
            throws DiagnosticException, IOException {
        return build(options, listener, new StageTimes());
    }

    /**
     * Builds on {@code options.jobs()} threads. Results are reported and written to the report in slug
     * order whatever finishes first, so output does not depend on the number of jobs.
     */
    public BuildReport build(BuildOptions options, BuildListener listener, StageTimes times)
            throws DiagnosticException, IOException {
        Path project = options.projectDir();
        OutputFolder output = new OutputFolder(options.outDir(), options.outDisplayName(), disk);
        ProjectDefaults defaults = ProjectDefaultsReader.read(project, pictures);
        TemplateEngine templates = new TemplateEngine(project, defaults.brand());
        LeafletChecks checks = checks(options, defaults, templates);
        if (options.variant() != null) {
            checkVariant(options.variant(), templates);
        }
        output.claim();
        BuildCache cache = options.force() ? BuildCache.empty() : BuildCache.load(output);
        LeafletPipeline pipeline = new LeafletPipeline(checks, templates,
                new PdfRenderer(fonts, project, "handout " + Version.get()), validator, output, times, cache,
                projectInputs(options, defaults), project, warmUp);
        List<LeafletResult> results = new ArrayList<>();
        Workers workers = workers(options.jobs());
        List<Future<List<LeafletResult>>> pending = new ArrayList<>();
        boolean finished = false;
        try {
            ContentScanner.Found found = ContentScanner.find(project);
            // Found before sharding: files that clash may fall in different shards.
            Map<SourceFile, List<Diagnostic>> clashes = refusals(found);
            List<SourceFile> sources = found.files().stream()
                    .filter(source -> options.shard().includes(source.slug())).toList();
            for (SourceFile source : sources) {
                if (clashes.containsKey(source)) {
                    pending.add(CompletableFuture.completedFuture(List.of(clash(source, clashes))));
                } else {
                    pending.add(workers.leaflets().submit(
                            () -> pipeline.build(source, options.variant(), workers.variants())));
                }
            }
            listener.started(sources.size());
            for (int i = 0; i < sources.size(); i++) {
                for (LeafletResult result : outcome(pending.get(i), sources.get(i))) {
                    results.add(result);
                    listener.result(result);
                }
                listener.leafletDone();
            }
            finished = true;
        } finally {
            if (!finished) {
                pending.forEach(f -> f.cancel(true));
            }
            listener.finished();
        }
        BuildReport report = new BuildReport(Version.get(), results);
        List<Diagnostic> problems = new ArrayList<>(reportProblems(report, output));
        try {
            cache.save(output, options.variant() != null || !options.shard().equals(Shard.ALL));
        } catch (OutputFolder.Problem e) {
            problems.add(e.diagnostic());
        }
        if (!problems.isEmpty()) {
            throw new DiagnosticException(problems);
        }
        return report;
    }

    /** A variant that no template of the project (or handout) has: nothing is built, nothing changed. */
    private static void checkVariant(String variant, TemplateEngine templates) throws DiagnosticException {
        Map<String, List<String>> all = templates.allVariants();
        if (all.values().stream().noneMatch(v -> v.contains(variant))) {
            throw DiagnosticException.usage(Diagnostic.error("handout", "--variant \"" + Names.printable(variant)
                    + "\" is not a variant of any template (" + all.entrySet().stream()
                            .map(e -> e.getKey() + ": " + String.join(", ", e.getValue()))
                            .collect(java.util.stream.Collectors.joining("; "))
                    + ") — give one of those, or leave --variant out to build every variant; nothing was built or changed"));
        }
    }

    /** Files refused by name or kind, and files whose slugs clash: each with its errors, none read. */
    private static Map<SourceFile, List<Diagnostic>> refusals(ContentScanner.Found found) {
        Map<SourceFile, List<Diagnostic>> refused = new java.util.HashMap<>(SlugClashes.find(found.accepted()));
        found.refused().forEach((source, d) -> refused.put(source, List.of(d)));
        return refused;
    }

    /**
     * What every leaflet's PDFs depend on: handout itself, the options, handout.yaml (which holds the
     * brand's name and colours) and the logo file it names.
     */
    private static String projectInputs(BuildOptions options, ProjectDefaults defaults) throws IOException {
        Path settings = options.projectDir().resolve(ProjectDefaultsReader.FILE);
        Fingerprint f = new Fingerprint().add("handout", Version.get()).add("strict", Boolean.toString(options.strict()))
                .add("handout.yaml", Files.isRegularFile(settings) ? Files.readAllBytes(settings) : new byte[0]);
        if (defaults.brand().logo() != null) {
            f.add("logo", Files.readAllBytes(options.projectDir().resolve(defaults.brand().logo().file())));
        }
        return f.hex();
    }

    /**
     * {@code report.json}, {@code junit.xml} and {@code index.html}, for a build or for merged shard
     * reports; each is tried even when another cannot be written.
     *
     * @return why any of them could not be written, one message each
     */
    public static List<Diagnostic> reportProblems(BuildReport report, OutputFolder output) {
        List<Diagnostic> problems = new ArrayList<>();
        Map<String, java.util.function.Supplier<String>> files = new java.util.LinkedHashMap<>();
        files.put(REPORT, () -> JsonReport.toJson(report));
        files.put(JUNIT, () -> JunitReport.toXml(report));
        files.put(INDEX, () -> HtmlIndex.toHtml(report));
        for (Map.Entry<String, java.util.function.Supplier<String>> file : files.entrySet()) {
            try {
                output.write(file.getKey(), file.getValue().get().getBytes(StandardCharsets.UTF_8));
            } catch (OutputFolder.Problem e) {
                problems.add(e.diagnostic());
            }
        }
        return problems;
    }

    /**
     * Leaflets are read and checked on one pool and their variants laid out and validated on the other,
     * so a leaflet waiting for its variants never holds up the threads that build them. The threads
     * are kept from one build to the next (watch mode): veraPDF compiles its rules once per thread.
     */
    private record Workers(int jobs, ExecutorService leaflets, ExecutorService variants) {
        static Workers of(int jobs) {
            return new Workers(jobs, pool(jobs), pool(jobs));
        }

        /** Daemon threads that end after ten idle minutes. */
        private static ExecutorService pool(int jobs) {
            ThreadPoolExecutor pool = new ThreadPoolExecutor(jobs, jobs, 10, TimeUnit.MINUTES,
                    new LinkedBlockingQueue<>(), task -> {
                        Thread t = new Thread(task, "handout-worker");
                        t.setDaemon(true);
                        return t;
                    });
            pool.allowCoreThreadTimeOut(true);
            return pool;
        }

        void shutdown() {
            leaflets.shutdown();
            variants.shutdown();
        }
    }

    private synchronized Workers workers(int jobs) {
        if (workers == null || workers.jobs() != jobs) {
            if (workers != null) {
                workers.shutdown();
            }
            workers = Workers.of(jobs);
        }
        return workers;
    }

    /** A worker's results; a bug in one leaflet's build is reported against that leaflet, not the run. */
    private static List<LeafletResult> outcome(Future<List<LeafletResult>> future, SourceFile source) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the build was interrupted", e);
        } catch (ExecutionException e) {
            return List.of(LeafletResult.failed(source.slug(), source.displayPath(), List.of(Diagnostic.error(
                    source.displayPath(), "internal error while building this leaflet: " + e.getCause()
                            + " — please report it")), List.of()));
        }
    }

    /** Runs every check on every leaflet without rendering anything or writing any file. */
    public List<LeafletResult> check(BuildOptions options, Consumer<LeafletResult> onLeaflet)
            throws DiagnosticException, IOException {
        return check(options, slug -> true, onLeaflet);
    }

    /** Runs every check on the leaflets whose slugs {@code which} accepts (as {@code handout import} does on its new ones). */
    public List<LeafletResult> check(BuildOptions options, Predicate<String> which,
            Consumer<LeafletResult> onLeaflet) throws DiagnosticException, IOException {
        ProjectDefaults defaults = ProjectDefaultsReader.read(options.projectDir(), pictures);
        LeafletChecks checks = checks(options, defaults, new TemplateEngine(options.projectDir(), defaults.brand()));
        List<LeafletResult> results = new ArrayList<>();
        ContentScanner.Found found = ContentScanner.find(options.projectDir());
        Map<SourceFile, List<Diagnostic>> clashes = refusals(found);
        for (SourceFile source : found.files()) {
            if (!which.test(source.slug())) {
                continue;
            }
            LeafletResult result = clashes.containsKey(source) ? clash(source, clashes) : check(checks, source);
            results.add(result);
            onLeaflet.accept(result);
        }
        return results;
    }

    private static LeafletResult check(LeafletChecks checks, SourceFile source) {
        try {
            LeafletChecks.Checked checked = checks.check(source);
            return new LeafletResult(source.slug(), null, source.displayPath(), null, 0, 0, null,
                    checked.errors(), checked.warnings());
        } catch (DiagnosticException e) {
            return LeafletResult.failed(source.slug(), source.displayPath(), e.diagnostics(), List.of());
        }
    }

    /** A leaflet file refused by its name, or sharing its slug with another: not read, so no PDF is written. */
    private static LeafletResult clash(SourceFile source, Map<SourceFile, List<Diagnostic>> clashes) {
        return LeafletResult.failed(source.slug(), source.displayPath(), clashes.get(source), List.of());
    }

    /** The checks build and check share; handout.yaml's template and variants are checked here, once. */
    private LeafletChecks checks(BuildOptions options, ProjectDefaults defaults, TemplateEngine templates)
            throws DiagnosticException {
        Variants variants = new Variants(templates, defaults);
        variants.checkDefaults();
        return new LeafletChecks(new LeafletReader(options.projectDir(), defaults, pictures), variants, undrawable,
                new Lint(new LintSettings(defaults.maxReadingGrade())), options.strict());
    }
}
