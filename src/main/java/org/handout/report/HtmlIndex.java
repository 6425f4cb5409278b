package org.handout.report;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.handout.diagnostic.Diagnostic;
import org.handout.validation.FlavourResult;
import org.handout.validation.RuleFailure;

/**
 * {@code index.html}: an accessible page listing every PDF of a build with a thumbnail of its first
 * page, its variant, pages, size, validation verdict, errors and warnings, and a link to it. One
 * table with row and column headers, so a screen reader can walk it cell by cell.
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
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>Leaflets: handout build report</title>\n<style>\n")
                .append("body { font-family: system-ui, sans-serif; color: #212b32; background: #ffffff; margin: 2rem; line-height: 1.5; }\n")
                .append("table { border-collapse: collapse; } th, td { text-align: left; vertical-align: top; padding: .5rem; border-bottom: 1px solid #768692; }\n")
                .append("thead th { background: #e8edee; } a { color: #005eb8; } .failed { color: #a00000; font-weight: bold; }\n")
                .append("img { border: 1px solid #768692; }\n</style>\n</head>\n<body>\n<main>\n<h1>Leaflets</h1>\n")
                .append("<p>").append(report.leaflets().size() - failed).append(" PDFs built and valid, ")
                .append(failed).append(" failed. handout ").append(escape(report.handoutVersion())).append(".</p>\n")
                .append("<table>\n<caption>Every PDF of this build, with its PDF/UA-1 and PDF/A verdicts</caption>\n")
                .append("<thead>\n<tr><th scope=\"col\">Leaflet</th><th scope=\"col\">First page</th><th scope=\"col\">Variant</th>")
                .append("<th scope=\"col\">Pages</th><th scope=\"col\">Size</th><th scope=\"col\">Validation</th>")
                .append("<th scope=\"col\">Problems</th></tr>\n</thead>\n<tbody>\n");
        for (LeafletResult l : report.leaflets()) {
            row(h, l);
        }
        h.append("</tbody>\n</table>\n</main>\n</body>\n</html>\n");
        return h.toString();
    }

    private static void row(StringBuilder h, LeafletResult l) {
        String variant = l.variant() == null ? "" : l.variant();
        h.append("<tr><th scope=\"row\">");
        if (l.outputFile() != null) {
            h.append("<a href=\"").append(escape(l.outputFile())).append("\">").append(escape(l.slug()))
                    .append(variant.isEmpty() ? "" : " (" + escape(variant) + ")").append(", PDF</a>");
        } else {
            h.append(escape(l.slug()));
        }
        h.append("<br>").append(escape(l.sourceFile())).append("</th><td>");
        if (l.outputFile() != null) {
            h.append("<img src=\"").append(escape(thumbnailOf(l.outputFile()))).append("\" alt=\"First page of ")
                    .append(escape(l.slug())).append(variant.isEmpty() ? "" : " (" + escape(variant) + ")")
                    .append("\" width=\"80\">");
        }
        h.append("</td><td>").append(escape(variant)).append("</td><td>").append(l.outputFile() == null ? "" : l.pages())
                .append("</td><td>").append(l.outputFile() == null ? "" : ConsoleReport.size(l.bytes())).append("</td><td>");
        if (l.validation() == null) {
            h.append("<span class=\"failed\">not built</span>");
        } else {
            h.append(l.validation().results().stream().map(HtmlIndex::verdict).collect(Collectors.joining("<br>")));
        }
        h.append("</td><td>");
        List<Diagnostic> problems = new java.util.ArrayList<>(l.errors());
        problems.addAll(l.warnings());
        if (!problems.isEmpty()) {
            h.append("<ul>");
            for (Diagnostic d : problems) {
                h.append("<li>").append(escape(d.toString())).append("</li>");
            }
            h.append("</ul>");
        }
        h.append("</td></tr>\n");
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
