package org.handout.fidelity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.handout.diagnostic.Diagnostic;
import org.handout.model.Position;

/**
 * Turns losses into messages an author or a template author can act on: one per lost element at its
 * line, one per table whose last columns do not fit, and one for the template when it lost most of
 * the leaflet (a font it could not load, a body it hides), rather than a message for every word.
 */
final class LossMessages {
    /** Messages shown for one PDF; the rest are counted. */
    private static final int SHOWN = 8;

    private final String file;
    private final String pdf;
    private final String template;

    LossMessages(String file, String pdf, String template) {
        this.file = file;
        this.pdf = pdf;
        this.template = template;
    }

    List<Diagnostic> of(List<Loss> losses, int expected) {
        List<Diagnostic> out = new ArrayList<>();
        List<Loss> rest = tables(losses, out);
        if (rest.size() >= 3 && rest.size() * 2 >= expected) {
            out.add(template(rest, expected));
            return out;
        }
        for (Loss loss : rest) {
            if (out.size() == SHOWN) {
                out.add(Diagnostic.error(file, "… and " + (rest.size() - rest.indexOf(loss)) + " more parts of the"
                        + " leaflet are missing or changed in " + pdf));
                break;
            }
            out.add(at(loss.expected().at(), message(loss)));
        }
        return out;
    }

    Diagnostic decorative(int undrawn, List<Position> at) {
        return at(at.get(0), undrawn + " of the leaflet's " + at.size() + " decorative pictures "
                + (undrawn == 1 ? "is" : "are") + " not drawn in " + pdf + " (the first is here) — check that the"
                + " template \"" + template + "\" shows them");
    }

    /** Tables that lost their last columns get one message each; the other losses are returned. */
    private List<Loss> tables(List<Loss> losses, List<Diagnostic> out) {
        Map<Position, List<Loss>> byTable = new LinkedHashMap<>();
        List<Loss> rest = new ArrayList<>();
        for (Loss loss : losses) {
            Expectation.Cell cell = loss.expected().cell();
            if (cell != null && loss.reason() != Loss.Reason.WRONG_ELEMENT) {
                byTable.computeIfAbsent(cell.table(), t -> new ArrayList<>()).add(loss);
            } else {
                rest.add(loss);
            }
        }
        for (List<Loss> table : byTable.values()) {
            TreeSet<Integer> lost = new TreeSet<>();
            table.forEach(l -> lost.add(l.expected().cell().column()));
            Expectation.Cell cell = table.get(0).expected().cell();
            int fit = lost.first();
            // columns that do not fit lose every cell with words, the header's too; a cell lost on its own is named
            Map<Integer, Integer> perColumn = new HashMap<>();
            table.forEach(l -> perColumn.merge(l.expected().cell().column(), 1, Integer::sum));
            boolean lastColumns = fit > 0 && lost.last() == cell.columns() - 1
                    && lost.size() == cell.columns() - fit
                    && table.stream().allMatch(l -> perColumn.get(l.expected().cell().column()) == l.expected().cell().worded());
            if (lastColumns) {
                String columns = fit + 1 == cell.columns() ? "column " + cell.columns() + " does"
                        : "columns " + (fit + 1) + "–" + cell.columns() + " do";
                out.add(at(cell.table(), "the table's " + columns + " not fit on the page in " + pdf + ", so they"
                        + " would not be printed — a printed table there can have at most " + fit + " columns of"
                        + " this width; split it or turn it into a list"));
            } else {
                rest.addAll(table);
            }
        }
        return rest;
    }

    private Diagnostic template(List<Loss> lost, int expected) {
        boolean nothingDrawn = lost.stream().allMatch(l -> l.reason() == Loss.Reason.MISSING);
        return Diagnostic.error(file, pdf + " lost " + lost.size() + " of the leaflet's " + expected + " headings,"
                + " paragraphs, cells, pictures and links" + (nothingDrawn ? " (their words are not drawn at all)" : "")
                + ", so it is not written — the template \"" + template + "\" is the likely cause: check that every"
                + " font its CSS names is a file in the project (handout never loads one from the web) and that it"
                + " does not hide, clip or move the leaflet's text off the page; the first thing lost is "
                + lost.get(0).expected().what() + place(lost.get(0).expected().at()));
    }

    private String message(Loss loss) {
        Expectation e = loss.expected();
        String blame = " — check the template \"" + template + "\"";
        return switch (loss.reason()) {
            case MISSING -> e.kind() == Expectation.Kind.FIGURE
                    ? e.what() + " is missing from " + pdf + ": no picture is tagged with its alt text" + blame
                    : e.what() + " is missing from " + pdf + ": its words are not drawn on any page" + blame;
            case NOT_VISIBLE -> e.what() + " is cut off in " + pdf + ": it is drawn outside the page's visible"
                    + " area (past the edge of the paper, or clipped)" + blame + " or shorten it";
            case UNSEEN -> e.what() + " is drawn in " + pdf + " where no one can see it (too small to read,"
                    + " transparent, or in the colour of what is behind it)" + blame;
            case WRONG_ELEMENT -> e.what() + " is drawn in " + pdf + " but tagged " + loss.found() + ", not "
                    + String.join(" or ", new TreeSet<>(e.tags())) + ", so a screen reader announces it wrongly" + blame;
            case PICTURE_NOT_DRAWN -> e.what() + " is tagged with its alt text in " + pdf + " but not drawn where a"
                    + " reader can see it (too small, off the page, clipped or transparent)" + blame + " or use a smaller picture";
            case NOT_CLICKABLE -> e.what() + " is drawn in " + pdf + " but cannot be clicked: no link area with"
                    + " that address is on the page" + blame;
        };
    }

    private Diagnostic at(Position p, String message) {
        return Diagnostic.error(file, p.line(), p.line() > 0 ? p.column() : 0, message);
    }

    private static String place(Position p) {
        return p.line() > 0 ? " (line " + p.line() + ")" : "";
    }
}
