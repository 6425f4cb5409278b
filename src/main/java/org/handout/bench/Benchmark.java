package org.handout.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.handout.batch.BatchBuilder;
import org.handout.batch.BuildOptions;
import org.handout.batch.StageTimes;
import org.handout.diagnostic.DiagnosticException;
import org.handout.pdf.EmbeddedFonts;
import org.handout.report.BuildReport;
import org.handout.report.LeafletResult;
import org.handout.validation.PdfValidator;

/**
 * Builds a generated corpus twice in one JVM, every PDF each time — the first run pays for class
 * loading, JIT and veraPDF's profiles, the second is warm — then once more after editing one leaflet
 * (incremental), and prints throughput, time per stage, the incremental time and peak heap. Then the
 * ceiling: veraPDF alone on the PDFs the warm build made, on as many threads, since every PDF is
 * validated and a build can never be faster than that. Works in a temporary folder that it deletes
 * afterwards.
 */
public final class Benchmark {
    private final PdfValidator validator;
    private final BatchBuilder builder;
    private final PrintWriter out;

    public Benchmark(PdfValidator validator, PrintWriter out) {
        this.validator = validator;
        this.builder = new BatchBuilder(validator, new EmbeddedFonts());
        this.out = out;
    }

    /** @return whether every leaflet of the corpus built and validated */
    public boolean run(int leaflets, int jobs) throws IOException, DiagnosticException {
        Path project = Files.createTempDirectory("handout-bench-");
        try {
            Corpus.write(project, leaflets);
            BuildOptions options = BuildOptions.of(project).withJobs(jobs).withForce(true);
            double jvmSeconds = ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0;
            out.printf(Locale.ROOT, "corpus: %d leaflets (short, long with a table, Welsh; A4 only), %d jobs,"
                    + " %d cores; JVM up %.2f s before the first build%n", leaflets, jobs,
                    Runtime.getRuntime().availableProcessors(), jvmSeconds);
            BuildReport cold = timed("first build (cold JVM)", options, new StageTimes(), leaflets);
            StageTimes warmTimes = new StageTimes();
            long warmStart = System.nanoTime();
            BuildReport warm = timed("second build (warm)", options, warmTimes, leaflets);
            double warmSeconds = (System.nanoTime() - warmStart) / 1e9;
            List<byte[]> pdfs = builtPdfs(options.outDir());
            Path first = project.resolve("content/leaflet-00000.md");
            Files.writeString(first, Files.readString(first) + "\nOne more sentence.\n");
            long start = System.nanoTime();
            BuildReport incremental = builder.build(options.withForce(false), r -> { });
            out.printf(Locale.ROOT, "%-24s %7.2f s  (one leaflet edited, the rest reused)%n", "incremental rebuild",
                    (System.nanoTime() - start) / 1e9);
            out.println("warm time per leaflet and stage (mean over all leaflets, per worker thread):");
            for (StageTimes.Stage stage : StageTimes.Stage.values()) {
                out.printf(Locale.ROOT, "  %-22s %8.1f ms%n", stage.label, warmTimes.meanMillis(stage));
            }
            out.printf(Locale.ROOT, "peak heap: %.0f MB%n", peakHeapBytes() / 1048576.0);
            boolean ceiling = ceiling(pdfs, jobs, warm, warmSeconds);
            out.flush();
            return cold.ok() && warm.ok() && incremental.ok() && ceiling;
        } finally {
            delete(project);
        }
    }

    private BuildReport timed(String label, BuildOptions options, StageTimes times, int leaflets)
            throws IOException, DiagnosticException {
        long start = System.nanoTime();
        BuildReport report = builder.build(options, r -> { }, times);
        double seconds = (System.nanoTime() - start) / 1e9;
        out.printf(Locale.ROOT, "%-24s %7.2f s  %7.1f leaflets/s  (%d failed)%n", label, seconds,
                leaflets / seconds, report.failedCount());
        out.flush();
        return report;
    }

    /**
     * Validates the warm build's PDFs again, veraPDF alone on {@code jobs} threads, and prints its
     * throughput beside the build's, their ratio, the median PDF size and veraPDF's checks per page.
     *
     * @return whether every PDF passed again
     */
    private boolean ceiling(List<byte[]> pdfs, int jobs, BuildReport warm, double warmSeconds) {
        if (pdfs.isEmpty()) {
            return false;
        }
        ExecutorService threads = Executors.newFixedThreadPool(jobs);
        try {
            long start = System.nanoTime();
            List<Future<Boolean>> passed = new ArrayList<>();
            for (int i = 0; i < pdfs.size(); i++) {
                byte[] pdf = pdfs.get(i);
                String name = "pdf " + i;
                passed.add(threads.submit(() -> validator.validate(name, pdf).passed()));
            }
            boolean ok = true;
            for (Future<Boolean> p : passed) {
                ok &= p.get();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            long checks = 0; // counted apart, so counting costs the timed run nothing
            for (int i = 0; i < pdfs.size(); i++) {
                checks += validator.checks("pdf " + i, pdfs.get(i));
            }
            int pages = warm.leaflets().stream().mapToInt(LeafletResult::pages).sum();
            double alone = pdfs.size() / seconds;
            double build = warm.leaflets().size() / warmSeconds;
            out.printf(Locale.ROOT, "%-24s %7.2f s  %7.1f PDFs/s  (%d PDFs, %d threads, validate only)%n",
                    "veraPDF alone (warm)", seconds, alone, pdfs.size(), jobs);
            out.printf(Locale.ROOT, "warm build / veraPDF alone: %.2f (%.1f / %.1f PDFs/s)%n", build / alone, build, alone);
            long[] sizes = pdfs.stream().mapToLong(p -> p.length).sorted().toArray();
            out.printf(Locale.ROOT, "median PDF: %,d bytes; veraPDF checks: %,.0f per page, %,.0f per PDF%n",
                    sizes[(sizes.length - 1) / 2], checks / (double) Math.max(1, pages),
                    checks / (double) pdfs.size());
            return ok;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException | DiagnosticException e) {
            out.println("veraPDF alone: " + e.getMessage());
            return false;
        } finally {
            threads.shutdownNow();
        }
    }

    private static List<byte[]> builtPdfs(Path outDir) throws IOException {
        try (Stream<Path> files = Files.walk(outDir)) {
            List<byte[]> pdfs = new ArrayList<>();
            for (Path p : files.filter(f -> f.toString().endsWith(".pdf")).sorted().toList()) {
                pdfs.add(Files.readAllBytes(p));
            }
            return pdfs;
        }
    }

    private static long peakHeapBytes() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP)
                .map(MemoryPoolMXBean::getPeakUsage)
                .mapToLong(u -> u == null ? 0 : u.getUsed())
                .sum();
    }

    private static void delete(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
