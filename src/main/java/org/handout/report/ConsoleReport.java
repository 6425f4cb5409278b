package org.handout.report;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.handout.diagnostic.Diagnostic;
import org.handout.validation.FlavourResult;
import org.handout.validation.RuleFailure;

/**
 * The lines a person reads: one per leaflet (slug, pages, size, verdict), its diagnostics in the
 * {@code file:line:col: message} form editors understand, and a summary. Plain text, no colours or
 * control characters, so CI logs read the same as a terminal. An error is printed once per build, however
 * many PDFs it stops: a broken template's error stops each of its leaflets in each variant, and is
 * printed with the first, then counted in a note before the summary.
 */
public final class ConsoleReport {
    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean quiet;
    /** This build's errors so far, each with the leaflets it stopped and how many PDFs. */
    private final Map<Diagnostic, Stopped> errors = new LinkedHashMap<>();

    private static final class Stopped {
        final Set<String> leaflets = new LinkedHashSet<>();
        int pdfs;
    }

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
        for (Diagnostic d : l.diagnostics()) {
            if (d.isError()) {
                Stopped stopped = errors.computeIfAbsent(d, k -> new Stopped());
                if (stopped.pdfs++ == 0) {
                    err.println(d);
                }
                stopped.leaflets.add(l.sourceFile());
            } else if (!quiet) {
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
            out.printf(Locale.ROOT, "FAILED  %s  %s%s%n", name(l), l.validation() == null
                    ? l.errors().size() + (l.errors().size() == 1 ? " error" : " errors")
                    : verdicts(l), l.kept().isEmpty() ? "" : " — " + KeptPdf.sentence(l.kept()));
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

    /**
     * {@code 3 leaflets: 1 PDF built, 5 unchanged, 0 failed.}: built counts only the PDFs made by this
     * build, so a rebuild says how much it really did.
     *
     * @param unchanged how many of the PDFs were reused from the last build
     */
    public void summary(BuildReport report, String reportFile, long unchanged) {
        for (Map.Entry<Diagnostic, Stopped> e : errors.entrySet()) {
            Set<String> leaflets = e.getValue().leaflets;
            if (leaflets.size() > 1) {
                err.printf(Locale.ROOT, "%s: note: this error stopped %d leaflets (%d PDFs): %s%n", where(e.getKey()),
                        leaflets.size(), e.getValue().pdfs, leaflets.stream().limit(5).collect(Collectors.joining(", "))
                                + (leaflets.size() > 5 ? ", …" : ""));
            }
        }
        errors.clear();
        err.flush();
        long leaflets = report.leaflets().stream().map(LeafletResult::sourceFile).distinct().count();
        long failed = report.failedCount();
        long built = report.leaflets().size() - failed - unchanged;
        out.printf(Locale.ROOT, "%d %s: %d %s built%s, %d failed. Report: %s%n", leaflets,
                leaflets == 1 ? "leaflet" : "leaflets", built, built == 1 ? "PDF" : "PDFs",
                unchanged == 0 ? "" : ", " + unchanged + " unchanged", failed, reportFile);
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

    /** {@code file:line:column}, leaving out what is not known. */
    private static String where(Diagnostic d) {
        return d.file() + (d.line() > 0 ? ":" + d.line() + (d.column() > 0 ? ":" + d.column() : "") : "");
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
