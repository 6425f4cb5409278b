package org.handout.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;
import org.handout.batch.BatchBuilder;
import org.handout.batch.BuildOptions;
import org.handout.batch.StageTimes;
import org.handout.diagnostic.DiagnosticException;
import org.handout.report.BuildReport;

/**
 * Builds a generated corpus twice in one JVM, every PDF each time — the first run pays for class
 * loading, JIT and veraPDF's profiles, the second is warm — then once more after editing one leaflet
 * (incremental), and prints throughput, time per stage, the incremental time and peak heap. Works in
 * a temporary folder that it deletes afterwards.
 */
public final class Benchmark {
    private final BatchBuilder builder;
    private final PrintWriter out;

    public Benchmark(BatchBuilder builder, PrintWriter out) {
        this.builder = builder;
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
            BuildReport warm = timed("second build (warm)", options, warmTimes, leaflets);
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
            out.flush();
            return cold.ok() && warm.ok() && incremental.ok();
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
