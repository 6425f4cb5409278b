package org.handout.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.handout.diagnostic.Diagnostic;
import org.handout.diagnostic.FileOrder;
import org.handout.validation.FlavourResult;
import org.handout.validation.RuleFailure;

/**
 * {@code index.html}: an accessible page with one row per leaflet: its title and file, a thumbnail of
 * its first page big enough to tell leaflets apart, each of its PDFs as a link with its variant, pages,
 * size and validation verdicts (or why it was not built, and the earlier PDF left in its place), and
 * its errors and warnings. One table with row and column headers across the page's width, so a screen
 * reader can walk it cell by cell.
 */
public final class HtmlIndex {
    /** Where a PDF's thumbnail is, relative to the output folder. */
    public static String thumbnailOf(String pdfName) {
        return "thumbs/" + pdfName.substring(0, pdfName.length() - ".pdf".length()) + ".png";
    }

    private HtmlIndex() {
    }

    public static String toHtml(BuildReport report) {
        long failed = report.failedCount();
        Map<String, List<LeafletResult>> leaflets = new LinkedHashMap<>();
        for (LeafletResult l : report.leaflets()) {
            leaflets.computeIfAbsent(l.sourceFile(), k -> new ArrayList<>()).add(l);
        }
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>Leaflets: handout build report</title>\n<style>\n")
                .append("body { font-family: system-ui, sans-serif; color: #212b32; background: #ffffff; margin: 1rem 2rem; line-height: 1.5; }\n")
                .append("table { border-collapse: collapse; width: 100%; } caption { text-align: left; padding-bottom: .5rem; }\n")
                .append("th, td { text-align: left; vertical-align: top; padding: .75rem .5rem; border-bottom: 1px solid #768692; overflow-wrap: anywhere; }\n")
                .append("thead th { background: #e8edee; } tbody th { font-weight: normal; width: 20%; }\n")
                .append(".title { font-weight: bold; font-size: 1.15rem; } .file { color: #4c6272; }\n")
                .append("ul { margin: 0; padding-left: 1.2rem; } li + li { margin-top: .5rem; }\n")
                .append("a { color: #005eb8; } .failed { color: #a00000; font-weight: bold; }\n")
                .append(".page { width: 200px; } img { display: block; width: 200px; height: auto; border: 1px solid #768692; }\n")
                .append("</style>\n</head>\n<body>\n<main>\n<h1>Leaflets</h1>\n")
                .append("<p>").append(leaflets.size()).append(leaflets.size() == 1 ? " leaflet: " : " leaflets: ")
                .append(report.leaflets().size() - failed).append(" PDFs built and valid, ")
                .append(failed).append(" failed. handout ").append(escape(report.handoutVersion())).append(".</p>\n")
                .append("<table>\n<caption>Every leaflet of this build: its PDFs with their PDF/UA-1 and PDF/A")
                .append(" verdicts, and its errors and warnings</caption>\n")
                .append("<thead>\n<tr><th scope=\"col\">Leaflet</th><th scope=\"col\" class=\"page\">First page</th>")
                .append("<th scope=\"col\">PDFs</th><th scope=\"col\">Problems</th></tr>\n</thead>\n<tbody>\n");
        leaflets.values().forEach(results -> row(h, results));
        h.append("</tbody>\n</table>\n</main>\n</body>\n</html>\n");
        return h.toString();
    }

    /** One leaflet: every result of it (one per variant, or one when it failed before its variants). */
    private static void row(StringBuilder h, List<LeafletResult> results) {
        LeafletResult first = results.get(0);
        String title = results.stream().map(LeafletResult::title).filter(t -> t != null && !t.isBlank()).findFirst()
                .orElse(first.slug());
        h.append("<tr><th scope=\"row\"><span class=\"title\">").append(escape(title)).append("</span><br>")
                .append("<span class=\"file\">").append(escape(first.sourceFile())).append("</span></th><td>");
        results.stream().filter(l -> l.outputFile() != null).findFirst().ifPresent(l -> h.append("<img src=\"")
                .append(escape(thumbnailOf(l.outputFile()))).append("\" alt=\"First page of ").append(escape(title))
                .append("\" width=\"200\">"));
        h.append("</td><td><ul>");
        for (LeafletResult l : results) {
            h.append("<li>");
            pdf(h, l);
            h.append("</li>");
        }
        h.append("</ul></td><td>");
        Set<Diagnostic> problems = new LinkedHashSet<>();
        results.forEach(l -> problems.addAll(l.diagnostics()));
        if (!problems.isEmpty()) {
            h.append("<ul>");
            for (Diagnostic d : FileOrder.sorted(List.copyOf(problems))) {
                h.append("<li>").append(escape(d.toString())).append("</li>");
            }
            h.append("</ul>");
        } else {
            h.append("none");
        }
        h.append("</td></tr>\n");
    }

    /** A variant's PDF: the link, its pages, size and verdicts; or that it was not built, and what is left. */
    private static void pdf(StringBuilder h, LeafletResult l) {
        if (l.variant() != null) {
            h.append("<strong>").append(escape(l.variant())).append("</strong>: ");
        }
        if (l.outputFile() != null) {
            h.append("<a href=\"").append(escape(l.outputFile())).append("\">").append(escape(l.outputFile()))
                    .append("</a>, ").append(l.pages()).append(l.pages() == 1 ? " page, " : " pages, ")
                    .append(ConsoleReport.size(l.bytes()));
        } else {
            h.append("<span class=\"failed\">not built</span>");
        }
        for (KeptPdf k : l.kept()) {
            // A leaflet that failed before its variants were known may have left several: one item each.
            h.append(l.variant() == null ? "</li><li>" : "; ").append("<a href=\"").append(escape(k.file())).append("\">")
                    .append(escape(k.file())).append("</a> is from the build of ").append(escape(k.builtOn()))
                    .append("; this build failed");
        }
        if (l.validation() != null) {
            h.append("<br>").append(l.validation().results().stream().map(HtmlIndex::verdict)
                    .collect(Collectors.joining(", ")));
        }
    }

    private static String verdict(FlavourResult f) {
        if (f.compliant()) {
            return escape(f.displayName()) + ": pass";
        }
        return "<span class=\"failed\">" + escape(f.displayName()) + ": fail</span><ul>" + f.failures().stream()
                .map((RuleFailure r) -> "<li>" + escape(r.ruleId()) + String.format(Locale.ROOT, " (%d×): ", r.count())
                        + escape(r.explanation()) + "</li>").collect(Collectors.joining()) + "</ul>";
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
