package org.handout.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.handout.batch.BatchBuilder;
import org.handout.batch.BuildOptions;
import org.handout.batch.ProjectWatcher;
import org.handout.batch.StageTimes;
import org.handout.diagnostic.DiagnosticException;
import org.handout.report.BuildReport;
import org.handout.report.ConsoleReport;
import org.handout.report.LeafletResult;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code handout watch}: builds, then builds again each time a leaflet, image, template or
 * handout.yaml is saved, printing only what changed. A save that breaks a leaflet is reported and
 * the watch goes on. Stop it with Ctrl-C.
 */
@Command(name = "watch", mixinStandardHelpOptions = true,
        description = "Build, then rebuild whenever a leaflet, an image, a template or handout.yaml is saved"
                + " (only what changed is built again). Stop with Ctrl-C.")
final class WatchCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    ProjectOptions projectOptions;

    @Option(names = "--rebuilds", paramLabel = "N", hidden = true, defaultValue = "-1",
            description = "Stop after N rebuilds (for tests and scripts); default: never.")
    int rebuilds;

    @Option(names = "--idle-timeout", paramLabel = "SECONDS", hidden = true, defaultValue = "0",
            description = "Stop after this long without a change (for tests); default: never.")
    int idleSeconds;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String problem = projectOptions.usageProblem();
        if (problem != null) {
            err.println(problem);
            return ExitCodes.USAGE;
        }
        BuildOptions options = projectOptions.buildOptions();
        BatchBuilder builder = new BatchBuilder();
        ConsoleReport console = new ConsoleReport(out, err);
        try (ProjectWatcher watcher = new ProjectWatcher(projectOptions.project)) {
            BuildReport last = build(builder, options, console, null);
            if (last == null) {
                return ExitCodes.USAGE; // an output folder handout may not write into: said, and nothing written
            }
            Optional<BuildServer> server = BuildServer.start(projectOptions.project, builder, console::error);
            out.println("watching " + projectOptions.project + " — save a leaflet to rebuild it; Ctrl-C to stop");
            if (server.isPresent()) {
                out.println("handout build in this project hands its builds to this watch (a warm JVM builds faster)");
            }
            out.flush();
            try {
                for (int done = 0; rebuilds < 0 || done < rebuilds; ) {
                    Duration wait = idleSeconds > 0 ? Duration.ofSeconds(idleSeconds) : Duration.ofDays(365);
                    if (!watcher.awaitChange(wait)) {
                        if (idleSeconds > 0) {
                            break;
                        }
                        continue;
                    }
                    last = build(builder, options, console, last);
                    done++;
                }
            } finally {
                server.ifPresent(BuildServer::close);
            }
        }
        return ExitCodes.OK;
    }

    /**
     * Builds (incrementally) and prints the results that differ from the last build's, and any problem.
     *
     * @return the report, or null when the first build was refused as a usage error
     */
    private static BuildReport build(BatchBuilder builder, BuildOptions options, ConsoleReport console,
            BuildReport last) throws Exception {
        long start = System.nanoTime();
        Set<LeafletResult> before = last == null ? Set.of() : new HashSet<>(last.leaflets());
        try {
            BuildReport report;
            StageTimes times = new StageTimes();
            synchronized (builder) { // not while a build handed over by handout build runs
                report = builder.build(options, result -> {
                    if (!before.contains(result) || !result.errors().isEmpty()) {
                        console.leaflet(result);
                    }
                }, times);
            }
            console.summary(report, options.outDisplayName() + "/" + BatchBuilder.REPORT, times.reusedCount());
            console.note(String.format(java.util.Locale.ROOT, "built in %d ms", (System.nanoTime() - start) / 1_000_000));
            return report;
        } catch (DiagnosticException e) {
            e.diagnostics().forEach(console::error);
            if (e.isUsage() && last == null) {
                return null;
            }
            return last == null ? new BuildReport("", List.of()) : last;
        }
    }
}
