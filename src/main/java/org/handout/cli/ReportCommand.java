package org.handout.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import org.handout.batch.BatchBuilder;
import org.handout.batch.OutputFolder;
import org.handout.diagnostic.Diagnostic;
import org.handout.diagnostic.DiagnosticException;
import org.handout.report.BuildReport;
import org.handout.report.JsonReport;
import org.handout.report.LeafletResult;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code handout report merge}: one report from the reports of a CI matrix's shards. */
@Command(name = "report", mixinStandardHelpOptions = true, description = "Work with build reports.",
        subcommands = {ReportCommand.Merge.class})
final class ReportCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "merge", mixinStandardHelpOptions = true,
            description = "Join the report.json of several output folders (one per shard) into one report.json"
                    + " and junit.xml, leaflets in slug order.",
            exitCodeListHeading = "%nExit status:%n",
            exitCodeList = {"0:merged; every leaflet was ok", "1:merged; some leaflet failed, or a report could"
                    + " not be read or written", "2:usage error (also: --out names a folder holding files handout did"
                    + " not write)"})
    static final class Merge implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(arity = "1..*", paramLabel = "DIR", description = "Output folders holding a report.json.")
        List<Path> folders;

        @Option(names = "--out", paramLabel = "DIR", defaultValue = "output",
                description = "Where the merged report.json and junit.xml go (default: ${DEFAULT-VALUE}).")
        Path out;

        @Override
        public Integer call() throws IOException {
            PrintWriter err = spec.commandLine().getErr();
            List<LeafletResult> leaflets = new ArrayList<>();
            String version = null;
            for (Path folder : folders) {
                Path file = folder.resolve(BatchBuilder.REPORT);
                try {
                    BuildReport part = JsonReport.fromJson(Files.readString(file, StandardCharsets.UTF_8));
                    leaflets.addAll(part.leaflets());
                    version = part.handoutVersion();
                } catch (IOException e) {
                    err.println(file + ": error: cannot be read as a handout report (" + e.getMessage() + ")");
                    return ExitCodes.FAILED;
                }
            }
            // Stable: a slug's variants come from one shard, already in build order.
            leaflets.sort(Comparator.comparing(LeafletResult::slug));
            BuildReport merged = new BuildReport(version, leaflets);
            OutputFolder output = new OutputFolder(out, out.toString());
            try {
                output.claim();
            } catch (DiagnosticException e) {
                e.diagnostics().forEach(err::println);
                return e.isUsage() ? ExitCodes.USAGE : ExitCodes.FAILED;
            }
            List<Diagnostic> problems = BatchBuilder.reportProblems(merged, output);
            if (!problems.isEmpty()) {
                problems.forEach(err::println);
                return ExitCodes.FAILED;
            }
            spec.commandLine().getOut().printf("%d PDFs built, %d failed, from %d reports. Report: %s%n",
                    leaflets.size() - merged.failedCount(), merged.failedCount(), folders.size(),
                    out.resolve(BatchBuilder.REPORT));
            return merged.ok() ? ExitCodes.OK : ExitCodes.FAILED;
        }
    }
}
