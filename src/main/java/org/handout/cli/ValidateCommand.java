package org.handout.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.handout.diagnostic.DiagnosticException;
import org.handout.validation.FlavourResult;
import org.handout.validation.PdfValidator;
import org.handout.validation.RuleFailure;
import org.handout.validation.ValidationReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code handout validate}: checks any PDF, ours or not, and explains each failed rule. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check PDFs (from handout, Word, a browser…) for PDF/UA-1 and the PDF/A level each"
                + " claims, and explain every failed rule in plain English.",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:every PDF passed",
            "1:some PDF failed a rule or could not be read",
            "2:usage error"})
final class ValidateCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE.pdf", description = "The PDFs to check.")
    List<Path> files;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        PdfValidator validator = new PdfValidator();
        boolean allPassed = true;
        for (Path file : files) {
            try {
                ValidationReport report = validator.validateAny(file);
                print(out, report);
                allPassed &= report.passed();
            } catch (DiagnosticException e) {
                // Whatever went wrong with this file, running out of memory included, is said here; the
                // next files are checked as usual.
                e.diagnostics().forEach(err::println);
                allPassed = false;
            }
        }
        out.flush();
        return allPassed ? ExitCodes.OK : ExitCodes.FAILED;
    }

    private static void print(PrintWriter out, ValidationReport report) {
        out.println(report.displayName() + ": " + (report.passed() ? "PASS" : "FAIL"));
        for (String note : report.notes()) {
            out.println("  note: " + note);
        }
        for (FlavourResult f : report.results()) {
            out.printf(Locale.ROOT, "  %s: %s%n", f.displayName(),
                    f.compliant() ? "pass" : "FAIL, " + f.failures().size() + " rule"
                            + (f.failures().size() == 1 ? "" : "s") + " broken");
            for (RuleFailure r : f.failures()) {
                out.printf(Locale.ROOT, "    %s (failed %d×): %s%n", r.ruleId(), r.count(), r.explanation());
            }
        }
    }
}
