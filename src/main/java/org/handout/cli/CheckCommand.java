package org.handout.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.handout.batch.BatchBuilder;
import org.handout.batch.BuildOptions;
import org.handout.diagnostic.Diagnostic;
import org.handout.diagnostic.DiagnosticException;
import org.handout.report.LeafletResult;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code handout check}: every check, no rendering, quick enough for a pre-commit hook. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check every leaflet (front matter, template and variants, Markdown, characters, authoring lint) without"
                + " rendering; nothing is written.",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:no errors (warnings may have been printed)",
            "1:some leaflet has an error (or, with --strict, a warning)",
            "2:usage error (unknown option, missing project folder)"})
final class CheckCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    ProjectOptions projectOptions;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String problem = projectOptions.usageProblem();
        if (problem != null) {
            err.println(problem);
            return ExitCodes.USAGE;
        }
        BuildOptions options = projectOptions.buildOptions();
        try {
            List<LeafletResult> results = new BatchBuilder()
                    .check(options, r -> {
                        r.diagnostics().forEach(err::println);
                        err.flush();
                    });
            long failed = results.stream().filter(r -> !r.errors().isEmpty()).count();
            long warnings = results.stream().mapToLong(r -> r.warnings().size()).sum();
            out.printf(Locale.ROOT, "%d %s checked: %d with errors, %d %s.%n", results.size(),
                    results.size() == 1 ? "leaflet" : "leaflets", failed, warnings, warnings == 1 ? "warning" : "warnings");
            out.flush();
            return failed == 0 ? ExitCodes.OK : ExitCodes.FAILED;
        } catch (DiagnosticException e) {
            e.diagnostics().forEach(err::println);
            return ExitCodes.FAILED;
        }
    }
}
