package org.handout.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.handout.batch.BatchBuilder;
import org.handout.batch.BuildListener;
import org.handout.batch.BuildOptions;
import org.handout.batch.Shard;
import org.handout.batch.StageTimes;
import org.handout.diagnostic.Diagnostic;
import org.handout.diagnostic.DiagnosticException;
import org.handout.report.BuildReport;
import org.handout.report.ConsoleReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code handout build}: every leaflet in {@code content/} to a validated PDF in {@code output/}. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Build every leaflet in the project's content/ folder into a validated PDF.",
        footerHeading = "%nWritten to the output folder (and nothing else, nowhere else):%n",
        footer = {
            "  NAME.pdf             each leaflet's PDF in its template's first variant",
            "                       (content/jobs/nurse.md makes jobs/nurse.pdf)",
            "  NAME.VARIANT.pdf     its PDF in each other variant (jobs/nurse.a5.pdf)",
            "  thumbs/NAME….png     a picture of each PDF's first page, for index.html",
            "  index.html           a page for people: every leaflet, its PDFs and verdicts",
            "  report.json          every PDF's verdicts, errors and warnings, for scripts",
            "  junit.xml            the same as test results, for a CI server",
            "  .handout-cache.json  what was built from what, so the next build makes only",
            "                       what changed",
            "A PDF that fails is not written; a good one from an earlier build is kept, and",
            "marked in the console, report.json and index.html as from that build."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:all leaflets built and valid",
            "1:some leaflet had an error or failed validation (the others are still built)",
            "2:usage error (unknown option or variant, missing project folder, an output folder holding files"
                    + " handout did not write); nothing was built"})
final class BuildCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    ProjectOptions projectOptions;

    @Option(names = "--out", paramLabel = "DIR",
            description = "The output folder (default: <project>/output): a new or empty folder, or one handout"
                    + " built before. What is written there is listed below.")
    Path out;

    @Option(names = "--variant", paramLabel = "NAME",
            description = "Build only this variant of each leaflet (the built-in template has a4, large-print"
                    + " and a5; default: every variant the leaflet asks for).")
    String variant;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N",
            description = "How many leaflets to build at once (default: the number of cores, ${DEFAULT-VALUE})."
                    + " The PDFs and reports are the same whatever N is.")
    int jobs = BuildOptions.defaultJobs();

    @Option(names = "--shard", paramLabel = "I/N",
            description = "Build only share I of N of the leaflets (the same leaflet always lands in the same"
                    + " share), for a CI matrix; join the shards' reports with `handout report merge`.")
    String shard;

    @Option(names = "--force", description = "Build every PDF again, even those whose inputs have not changed"
            + " since the last build.")
    boolean force;

    @Option(names = {"-q", "--quiet"}, description = "Print only errors, failed leaflets and the summary.")
    boolean quiet;

    @Option(names = {"-v", "--verbose"}, description = "Also print the time spent in each stage.")
    boolean verbose;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (quiet && verbose) {
            err.println("handout: --quiet and --verbose cannot be used together");
            return ExitCodes.USAGE;
        }
        if (jobs < 1) {
            err.println("handout: --jobs must be 1 or more");
            return ExitCodes.USAGE;
        }
        Shard share;
        try {
            share = shard == null ? Shard.ALL : Shard.parse(shard);
        } catch (IllegalArgumentException e) {
            err.println("handout: --shard: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        String problem = projectOptions.usageProblem();
        if (problem != null) {
            err.println(problem);
            return ExitCodes.USAGE;
        }
        BuildOptions options = projectOptions.buildOptions().withVariant(variant)
                .withJobs(jobs).withShard(share).withForce(force);
        if (out != null) {
            options = options.withOut(out, out.toString());
        }
        BuildRequest request = new BuildRequest(options, quiet, verbose);
        PrintWriter printed = spec.commandLine().getOut();
        Optional<Integer> handedOff = BuildHandOff.tryRun(BuildServer.socketOf(projectOptions.project), request, printed, err);
        if (handedOff.isPresent()) {
            return handedOff.get();
        }
        return run(new BatchBuilder(), request, true, printed, err);
    }

    /**
     * Runs the build and prints its lines and summary; here, or in a running {@code handout watch} for
     * a {@code handout build} that handed its build over ({@code onTerminal} false: no progress bar).
     *
     * @return the exit status
     */
    static int run(BatchBuilder builder, BuildRequest request, boolean onTerminal, PrintWriter out, PrintWriter err)
            throws IOException {
        BuildOptions options = request.options();
        StageTimes times = new StageTimes();
        ConsoleReport console = new ConsoleReport(out, err, request.quiet());
        try {
            BuildListener listener = onTerminal ? TerminalProgress.listener(console, request.quiet()) : console::leaflet;
            BuildReport report = builder.build(options, listener, times);
            console.summary(report, options.outDisplayName() + "/" + BatchBuilder.REPORT, times.reusedCount());
            if (request.verbose()) {
                for (StageTimes.Stage stage : StageTimes.Stage.values()) {
                    console.note(String.format(java.util.Locale.ROOT, "  %-22s %8.1f ms mean over %d", stage.label,
                            times.meanMillis(stage), times.runs(stage)));
                }
            }
            return report.ok() ? ExitCodes.OK : ExitCodes.FAILED;
        } catch (DiagnosticException e) {
            for (Diagnostic d : e.diagnostics()) {
                err.println(d);
            }
            err.flush();
            return e.isUsage() ? ExitCodes.USAGE : ExitCodes.FAILED;
        }
    }
}
