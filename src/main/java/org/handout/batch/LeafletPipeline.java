package org.handout.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import org.handout.content.SourceFile;
import org.handout.diagnostic.Diagnostic;
import org.handout.diagnostic.DiagnosticException;
import org.handout.fidelity.FidelityCheck;
import org.handout.fidelity.LayoutCheck;
import org.handout.fidelity.ReadBack;
import org.handout.model.Block;
import org.handout.model.Inline;
import org.handout.model.Leaflet;
import org.handout.model.Walk;
import org.handout.pdf.PdfRenderer;
import org.handout.pdf.RenderedPdf;
import org.handout.pdf.Thumbnail;
import org.handout.report.HtmlIndex;
import org.handout.report.KeptPdf;
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
    /**
     * Where thumbnails are drawn: threads of their own, made as needed. Not the common fork-join pool,
     * which on a 2-core machine has one thread (on Java 25 CompletableFuture uses it even then): every
     * worker's thumbnail would wait for that one, and for ever when it runs a build itself (watch).
     */
    private static final Executor THUMBNAILS = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "handout-thumbnail");
        thread.setDaemon(true);
        return thread;
    });
    private final LeafletChecks checks;
    private final TemplateEngine templates;
    private final PdfRenderer renderer;
    private final PdfValidator validator;
    private final OutputFolder output;
    private final StageTimes times;
    private final BuildCache cache;
    private final String projectInputs;
    private final Path projectDir;
    private final WarmUp warmUp;
    private final Map<String, String> templateDigests = new ConcurrentHashMap<>();

    LeafletPipeline(LeafletChecks checks, TemplateEngine templates, PdfRenderer renderer,
            PdfValidator validator, OutputFolder output, StageTimes times, BuildCache cache, String projectInputs,
            Path projectDir, WarmUp warmUp) {
        this.checks = checks;
        this.templates = templates;
        this.renderer = renderer;
        this.validator = validator;
        this.output = output;
        this.times = times;
        this.cache = cache;
        this.projectInputs = projectInputs;
        this.projectDir = projectDir.toAbsolutePath().normalize();
        this.warmUp = warmUp;
    }

    /**
     * Builds the leaflet in each of its variants (only {@code onlyVariant} when that is not null), the
     * variants side by side on {@code variants}, so one edited leaflet uses every core. Never throws
     * for a problem with the leaflet: every problem is in the results, in variant order.
     */
    public List<LeafletResult> build(SourceFile source, String onlyVariant, Executor variants) {
        Optional<List<LeafletResult>> unchanged = reuseUnread(source, onlyVariant);
        if (unchanged.isPresent()) {
            return unchanged.get();
        }
        warmUp.start();
        List<Diagnostic> warnings = new ArrayList<>();
        LeafletChecks.Checked checked = null;
        try {
            long start = System.nanoTime();
            checked = checks.check(source);
            times.since(StageTimes.Stage.CHECK, start);
            warnings.addAll(checked.warnings());
            if (!checked.passed()) {
                return marked(source, checked, List.of(LeafletResult.failed(source.slug(), source.displayPath(),
                        checked.errors(), warnings)));
            }
            Leaflet leaflet = checked.leaflet();
            String template = leaflet.metadata().template();
            List<String> images = images(leaflet);
            String inputs = inputs(source, template, images);
            Map<String, String> pdfs = new LinkedHashMap<>(); // every variant's PDF, even when one is built
            for (String variant : checked.variants().chosen()) {
                pdfs.put(variant, checked.variants().pdfName(leaflet.slug(), variant));
            }
            TemplateEngine.Page page = null; // worked out once, when a first variant needs building
            List<CompletableFuture<LeafletResult>> pending = new ArrayList<>();
            for (Map.Entry<String, String> pdf : pdfs.entrySet()) {
                String variant = pdf.getKey();
                String pdfName = pdf.getValue();
                if (onlyVariant != null && !onlyVariant.equals(variant)) {
                    continue;
                }
                Optional<LeafletResult> reused = cache.reuse(pdfName, key(inputs, variant), output, source, variant);
                if (reused.isPresent()) {
                    pending.add(CompletableFuture.completedFuture(reused(reused.get())));
                    continue;
                }
                if (page == null) {
                    page = templates.page(leaflet);
                    warnings.addAll(page.warnings()); // e.g. the template has no words in this language
                }
                // The leaflet's own warnings are reported once, with its first variant.
                TemplateEngine.Page values = page;
                List<Diagnostic> leafletWarnings = pending.isEmpty() ? warnings : List.of();
                pending.add(CompletableFuture.supplyAsync(() -> buildVariant(source, values, leaflet, variant, pdfName,
                        key(inputs, variant), leafletWarnings), variants));
            }
            List<LeafletResult> results = pending.stream().map(CompletableFuture::join).toList();
            if (results.stream().allMatch(LeafletResult::ok)) {
                cache.recordSource(source.displayPath(), new BuildCache.SourceRecord(template, images, pdfs));
            }
            return marked(source, checked, results);
        } catch (DiagnosticException e) {
            return marked(source, checked, List.of(LeafletResult.failed(source.slug(), source.displayPath(),
                    e.diagnostics(), warnings)));
        } catch (OutOfMemoryError e) {
            return marked(source, checked, List.of(LeafletResult.failed(source.slug(), source.displayPath(),
                    List.of(outOfMemory(source)), warnings)));
        }
    }

    /**
     * The results with the leaflet's title, and each failed one with the PDFs an earlier build left in
     * the output folder in its place: the variant's PDF, or for a leaflet that failed before its variants
     * were built, those its variants would be (as far as they could be worked out), else those its last
     * good build made.
     */
    private List<LeafletResult> marked(SourceFile source, LeafletChecks.Checked checked, List<LeafletResult> results) {
        String title = checked == null || checked.leaflet().metadata().title().isEmpty() ? null
                : checked.leaflet().metadata().title();
        List<LeafletResult> marked = new ArrayList<>();
        for (LeafletResult result : results) {
            LeafletResult titled = result.withTitle(title);
            marked.add(result.ok() ? titled : titled.withKept(kept(pdfNames(source, checked, result.variant()))));
        }
        return marked;
    }

    private List<String> pdfNames(SourceFile source, LeafletChecks.Checked checked, String variant) {
        Map<String, String> byVariant = new LinkedHashMap<>();
        if (checked != null && checked.variants() != null) {
            checked.variants().chosen().forEach(v -> byVariant.put(v, checked.variants().pdfName(source.slug(), v)));
        } else {
            cache.source(source.displayPath()).ifPresent(r -> byVariant.putAll(r.pdfs()));
        }
        if (variant != null) {
            return byVariant.containsKey(variant) ? List.of(byVariant.get(variant)) : List.of();
        }
        return byVariant.isEmpty() ? List.of(source.slug() + ".pdf") : List.copyOf(byVariant.values());
    }

    /** Those of the PDFs that are in the output folder, each with when it was written. */
    private List<KeptPdf> kept(List<String> pdfNames) {
        List<KeptPdf> kept = new ArrayList<>();
        for (String name : pdfNames) {
            try {
                Optional<Path> pdf = output.existing(name);
                if (pdf.isPresent() && Files.isRegularFile(pdf.get())) {
                    kept.add(new KeptPdf(name, output.display(name), Files.getLastModifiedTime(pdf.get()).toInstant()
                            .truncatedTo(java.time.temporal.ChronoUnit.SECONDS)));
                }
            } catch (IOException | RuntimeException e) {
                // cannot be looked at: not named as kept
            }
        }
        return kept;
    }

    /**
     * The last build's results, when the leaflet file, its template and its images are byte for byte
     * what that build used (and so is everything else its fingerprint covers): a no-change rebuild
     * of a large project then reads no leaflet. Empty whenever anything differs or cannot be read.
     */
    private Optional<List<LeafletResult>> reuseUnread(SourceFile source, String onlyVariant) {
        Optional<BuildCache.SourceRecord> record = cache.source(source.displayPath());
        if (record.isEmpty() || !insideProject(source, record.get().images())) {
            return Optional.empty();
        }
        try {
            String inputs = inputs(source, record.get().template(), record.get().images());
            List<LeafletResult> results = new ArrayList<>();
            for (Map.Entry<String, String> pdf : record.get().pdfs().entrySet()) {
                if (onlyVariant == null || onlyVariant.equals(pdf.getKey())) {
                    Optional<LeafletResult> reused = cache.reuse(pdf.getValue(), key(inputs, pdf.getKey()), output, source,
                            pdf.getKey());
                    if (reused.isEmpty()) {
                        return Optional.empty();
                    }
                    results.add(reused.get());
                }
            }
            if (results.isEmpty()) {
                return Optional.empty();
            }
            cache.recordSource(source.displayPath(), record.get());
            return Optional.of(results.stream().map(this::reused).toList());
        } catch (DiagnosticException | RuntimeException e) {
            return Optional.empty(); // a record that names what is not there: the leaflet is read and built
        }
    }

    /** The record is in output/, where anyone can write, so it is not trusted to name files outside the project. */
    private boolean insideProject(SourceFile source, List<String> images) {
        Path dir = source.path().toAbsolutePath().getParent();
        try {
            return images.stream().allMatch(i -> dir.resolve(i).normalize().startsWith(projectDir));
        } catch (InvalidPathException e) {
            return false;
        }
    }

    /**
     * Counts a reused PDF, and draws its thumbnail again if someone deleted it; a thumbnail that cannot
     * be written (a link or a folder in its place, a full disk) fails the leaflet with the reason.
     */
    private LeafletResult reused(LeafletResult result) {
        String thumbnail = HtmlIndex.thumbnailOf(result.outputFile());
        Optional<Path> pdf = output.existing(result.outputFile());
        if (output.existing(thumbnail).isEmpty() && pdf.isPresent()) {
            try {
                byte[] png = thumbnail(Files.readAllBytes(pdf.get()));
                if (png != null) {
                    output.write(thumbnail, png);
                }
            } catch (OutputFolder.Problem e) {
                return LeafletResult.failed(result.slug(), result.variant(), result.sourceFile(), List.of(e.diagnostic()),
                        result.warnings());
            } catch (IOException e) {
                // the PDF cannot be read back: the index shows a missing picture; the PDF itself is fine
            }
        }
        times.reused();
        return result;
    }

    private static String key(String inputs, String variant) {
        return new Fingerprint().add("leaflet", inputs).add("variant", variant).hex();
    }

    /** The PNG for the index, or null if it cannot be drawn: the index then shows a missing picture. */
    private static byte[] thumbnail(byte[] pdf) {
        try (ReadBack readBack = ReadBack.of(pdf)) {
            return thumbnail(readBack);
        }
    }

    private static byte[] thumbnail(ReadBack pdf) {
        try {
            return pdf.document() == null ? null : Thumbnail.png(pdf.document());
        } catch (IOException | RuntimeException | OutOfMemoryError e) {
            return null; // out of memory too: a missing thumbnail is no reason to fail a good PDF
        }
    }

    /** Everything this leaflet's PDFs are made from: the project, its template's files, its file and images. */
    private String inputs(SourceFile source, String template, List<String> images) throws DiagnosticException {
        try {
            Fingerprint f = new Fingerprint().add("project", projectInputs).add("template", templateDigest(template));
            f.add("source", Files.readAllBytes(source.path()));
            Path dir = source.path().toAbsolutePath().getParent();
            for (String image : images) {
                f.add("image " + image, Files.readAllBytes(dir.resolve(image)));
            }
            return f.hex();
        } catch (IOException | InvalidPathException e) {
            throw new DiagnosticException(Diagnostic.error(source.displayPath(), "cannot be read: " + e.getMessage()));
        }
    }

    /** One hash of a template's files, worked out once per build rather than once per leaflet. */
    private String templateDigest(String template) throws DiagnosticException {
        String digest = templateDigests.get(template);
        if (digest == null) {
            Fingerprint f = new Fingerprint();
            templates.files(template).forEach(f::add);
            digest = f.hex();
            templateDigests.put(template, digest);
        }
        return digest;
    }

    /** The images the leaflet shows, as written in it (relative to its file). */
    private static List<String> images(Leaflet leaflet) {
        List<Block> blocks = new ArrayList<>(leaflet.body());
        if (leaflet.metadata().contact() != null) {
            blocks.addAll(leaflet.metadata().contact().text());
        }
        List<String> images = new ArrayList<>();
        Walk.inlines(blocks, i -> {
            if (i instanceof Inline.Image image) {
                images.add(image.file());
            }
        });
        return images;
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
            String template = leaflet.metadata().template();
            CheckedLayout.Result laidOut = CheckedLayout.lay(leaflet, variant, pass -> renderer.render(xhtml,
                    source.displayPath(), output.display(pdfName),
                    text -> templates.placeOf(template, text, source.displayPath()), leaflet.slug() + "." + variant,
                    leaflet.metadata().reviewed().atStartOfDay(ZoneOffset.UTC).toInstant(), pass), times);
            RenderedPdf pdf = laidOut.pdf();
            for (String w : pdf.warnings()) {
                warnings.add(Diagnostic.warning(source.displayPath(), 0, 0, "layout: " + w));
            }
            for (LayoutCheck.Finding f : laidOut.findings()) {
                warnings.add(Diagnostic.warning(source.displayPath(), 0, 0, String.format(java.util.Locale.ROOT,
                        "layout rule \"%s\": %s page %d: %s — see docs/layout.md", f.rule(), output.display(pdfName),
                        f.page(), f.message())));
            }
            start = System.nanoTime();
            ReadBack readBack = laidOut.readBack();
            List<Diagnostic> lost = FidelityCheck.check(leaflet, readBack, output.display(pdfName),
                    leaflet.metadata().template());
            times.since(StageTimes.Stage.FIDELITY, start);
            if (!lost.isEmpty()) {
                readBack.close();
                return LeafletResult.failed(leaflet.slug(), variant, source.displayPath(), lost, warnings);
            }
            // The thumbnail is drawn while veraPDF checks the PDF, on a core that may be idle (one edited
            // leaflet), from the parse the checks read (theirs is done: one thread uses it at a time);
            // it is thrown away if the PDF fails.
            CompletableFuture<byte[]> thumbnail = CompletableFuture.supplyAsync(() -> {
                try (readBack) {
                    return thumbnail(readBack);
                }
            }, THUMBNAILS);
            start = System.nanoTime();
            ValidationReport verdict = validator.validate(output.display(pdfName), pdf.bytes());
            times.since(StageTimes.Stage.VALIDATE, start);
            String written = null;
            if (verdict.passed()) {
                String thumbnailName = HtmlIndex.thumbnailOf(pdfName);
                // Anything in the way of either file (a link, a folder) is found before either is written.
                List<Diagnostic> inTheWay = new ArrayList<>();
                output.check(pdfName).ifPresent(inTheWay::add);
                output.check(thumbnailName).ifPresent(inTheWay::add);
                if (!inTheWay.isEmpty()) {
                    thumbnail.cancel(false);
                    return LeafletResult.failed(leaflet.slug(), variant, source.displayPath(), inTheWay, warnings);
                }
                start = System.nanoTime();
                output.write(pdfName, pdf.bytes());
                byte[] png = thumbnail.join();
                if (png != null) {
                    output.write(thumbnailName, png);
                }
                times.since(StageTimes.Stage.WRITE, start);
                written = pdfName;
            }
            LeafletResult result = new LeafletResult(leaflet.slug(), variant, source.displayPath(), written,
                    pdf.pages(), pdf.bytes().length, verdict, List.of(), warnings).withTitle(leaflet.metadata().title());
            if (result.ok()) {
                cache.record(pdfName, key, pdf.bytes(), result, output);
            }
            return result;
        } catch (DiagnosticException e) {
            return LeafletResult.failed(leaflet.slug(), variant, source.displayPath(), e.diagnostics(), warnings);
        } catch (OutputFolder.Problem e) {
            return LeafletResult.failed(leaflet.slug(), variant, source.displayPath(), List.of(e.diagnostic()), warnings);
        } catch (OutOfMemoryError e) {
            // This leaflet's layout or check is garbage now; the other leaflets go on.
            return LeafletResult.failed(leaflet.slug(), variant, source.displayPath(), List.of(outOfMemory(source)),
                    warnings);
        }
    }

    private static Diagnostic outOfMemory(SourceFile source) {
        return Diagnostic.error(source.displayPath(), "too long to lay out and check in the memory Java was given"
                + " — split it into several leaflets, or give Java more, e.g. HANDOUT_JAVA_OPTS=-Xmx2g ./handout build");
    }
}
