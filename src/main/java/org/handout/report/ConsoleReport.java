package org.handout.report;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.stream.Collectors;
import org.handout.diagnostic.Diagnostic;
import org.handout.validation.FlavourResult;
import org.handout.validation.RuleFailure;

/**
 * The lines a person reads: one per leaflet (slug, pages, size, verdict), its diagnostics in the
 * {@code file:line:col: message} form editors understand, and a summary. Plain text, no colours or
 * control characters, so CI logs read the same as a terminal.
 */
public final class ConsoleReport {
    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean quiet;

    public ConsoleReport(PrintWriter out, PrintWriter err) {
        this(out, err, false);
    }

    /** @param quiet print only errors, failed leaflets and the summary */
    public ConsoleReport(PrintWriter out, PrintWriter err, boolean quiet) {
        this.out = out;
        this.err = err;
        this.quiet = quiet;
    }

    public void leaflet(LeafletResult l) {
        for (Diagnostic d : l.errors()) {
            err.println(d);
        }
        if (!quiet) {
            for (Diagnostic d : l.warnings()) {
                err.println(d);
            }
        }
        if (l.ok()) {
            if (quiet) {
                return;
            }
            out.printf(Locale.ROOT, "ok      %s  %d %s, %s  %s%n", name(l), l.pages(),
                    l.pages() == 1 ? "page" : "pages", size(l.bytes()), verdicts(l));
        } else {
            out.printf(Locale.ROOT, "FAILED  %s  %s%n", name(l), l.validation() == null
                    ? l.errors().size() + (l.errors().size() == 1 ? " error" : " errors")
                    : verdicts(l));
            if (l.validation() != null) {
                failures(l);
            }
        }
        out.flush();
        err.flush();
    }

    private void failures(LeafletResult l) {
        for (FlavourResult f : l.validation().results()) {
            for (RuleFailure r : f.failures()) {
                err.printf(Locale.ROOT, "%s: error: %s rule %s failed %d× — %s%n", l.sourceFile(),
                        f.displayName(), r.ruleId(), r.count(), r.explanation());
            }
        }
    }

    /** @param unchanged how many of the PDFs were reused from the last build */
    public void summary(BuildReport report, String reportFile, long unchanged) {
        long leaflets = report.leaflets().stream().map(LeafletResult::sourceFile).distinct().count();
        long failed = report.failedCount();
        long built = report.leaflets().size() - failed;
        out.printf(Locale.ROOT, "%d %s: %d %s built%s, %d failed. Report: %s%n", leaflets,
                leaflets == 1 ? "leaflet" : "leaflets", built, built == 1 ? "PDF" : "PDFs",
                unchanged == 0 ? "" : " (" + unchanged + " unchanged)", failed, reportFile);
        out.flush();
    }

    /** A line of information, e.g. how long a rebuild took. */
    public void note(String text) {
        out.println(text);
        out.flush();
    }

    /** A problem that belongs to no one leaflet, such as a bad handout.yaml. */
    public void error(Diagnostic d) {
        err.println(d);
        err.flush();
    }

    /** {@code nursing [large-print]}, or just the slug when the leaflet failed before its variants. */
    static String name(LeafletResult l) {
        return l.variant() == null ? l.slug() : l.slug() + " [" + l.variant() + "]";
    }

    static String verdicts(LeafletResult l) {
        return l.validation().results().stream()
                .map(f -> f.displayName() + (f.compliant() ? " pass" : " FAIL"))
                .collect(Collectors.joining(", "));
    }

    static String size(long bytes) {
        return bytes < 1024 ? bytes + " B" : String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
    }
}
