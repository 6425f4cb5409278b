package org.handout.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.handout.batch.BatchBuilder;
import org.handout.diagnostic.Diagnostic;
import org.handout.diagnostic.DiagnosticException;
import org.handout.importer.Importer;
import org.handout.report.LeafletResult;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code handout import}: Word documents and saved web pages into leaflets, then the same checks as
 * {@code handout check} on each new leaflet, so the author sees at once everything left to fix.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Turn Word documents (.docx) and saved web pages (.html) into leaflets in content/, with their"
                + " pictures, then check each new leaflet and say what is left to fix.",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:every file imported, and its leaflet has nothing to fix",
            "1:some file could not be imported, or its leaflet (still written) has something to fix",
            "2:usage error (unknown option, missing project folder, bad --base-url)"})
final class ImportCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    ProjectOptions projectOptions;

    @CommandLine.Parameters(arity = "1..*", paramLabel = "FILE", description = "Word documents (.docx) and web pages"
            + " saved from a browser (.html, .htm).")
    List<Path> files;

    @CommandLine.Option(names = "--force", description = "Replace a leaflet or picture of the same name in content/.")
    boolean force;

    @CommandLine.Option(names = "--base-url", paramLabel = "URL", description = "A saved web page's own address: its"
            + " relative links are read from it when the page has no <base>, and it is the leaflet's source: when"
            + " the page names no canonical address.")
    String baseUrl;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String problem = projectOptions.usageProblem();
        URI base = null;
        if (problem == null && baseUrl != null) {
            try {
                base = new URI(baseUrl.strip());
                if (!base.isAbsolute() || !base.getScheme().matches("https?")) {
                    problem = "handout: --base-url " + baseUrl + " is not a web address — give the page's address,"
                            + " starting https://";
                }
            } catch (URISyntaxException e) {
                problem = "handout: --base-url " + baseUrl + " cannot be read as an address (" + e.getReason() + ")"
                        + " — give the page's address, starting https://";
            }
        }
        if (problem != null) {
            err.println(problem);
            return ExitCodes.USAGE;
        }
        Importer importer = new Importer(projectOptions.project, force, base, LocalDate.now(ZoneOffset.UTC));
        List<Importer.Imported> results = new ArrayList<>();
        for (Path file : files) {
            Importer.Imported r = importer.importFile(file);
            results.add(r);
            out.println(r.leaflet() == null ? r.input() + ": not imported"
                    : r.input() + " → " + r.leaflet() + (r.pictures() == 0 ? "" : String.format(Locale.ROOT,
                            " (%d %s in content/%s/)", r.pictures(), r.pictures() == 1 ? "picture" : "pictures", r.slug())));
        }
        out.flush();
        Map<String, LeafletResult> checked;
        try {
            List<String> slugs = results.stream().filter(r -> r.slug() != null).map(Importer.Imported::slug).toList();
            checked = slugs.isEmpty() ? Map.of() : new BatchBuilder()
                    .check(projectOptions.buildOptions(), slugs::contains, r -> { })
                    .stream().collect(Collectors.toMap(LeafletResult::slug, r -> r, (a, b) -> a));
        } catch (DiagnosticException e) {
            e.diagnostics().forEach(err::println);
            return ExitCodes.FAILED;
        }
        int errors = 0;
        int warnings = 0;
        for (Importer.Imported r : results) {
            List<Diagnostic> problems = new ArrayList<>(r.problems());
            LeafletResult check = r.slug() == null ? null : checked.get(r.slug());
            if (check != null) {
                problems.addAll(check.errors());
                problems.addAll(check.warnings());
            }
            problems.sort(Comparator.comparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column));
            for (Diagnostic d : problems) {
                err.println(d);
                if (d.isError()) {
                    errors++;
                } else {
                    warnings++;
                }
            }
        }
        long imported = results.stream().filter(r -> r.leaflet() != null).count();
        out.printf(Locale.ROOT, "%d of %d %s imported: %d %s, %d %s to fix.%n", imported, results.size(),
                results.size() == 1 ? "file" : "files", errors, errors == 1 ? "error" : "errors", warnings,
                warnings == 1 ? "warning" : "warnings");
        out.flush();
        err.flush();
        return errors + warnings == 0 ? ExitCodes.OK : ExitCodes.FAILED;
    }
}
