package org.handout.fidelity;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.handout.model.AddressBreaks;
import org.handout.model.Block;
import org.handout.model.Leaflet;
import org.handout.model.PlainText;

/**
 * The layout self-check: reads a built PDF back and finds each page a print designer would send back
 * (docs/layout.md). Template-agnostic: it looks at the PDF's structure tags and positions, never at
 * the template, so a custom template gets the same feedback. What it finds is a warning, never a
 * failure: the PDF is still complete and valid.
 */
public final class LayoutCheck {
    /** A page that breaks a rule: the rule's name (as in docs/layout.md) and what is wrong, in words. */
    public record Finding(int page, String rule, String message) {
    }

    /** The smallest type a variant may use, in points (0: no rule for it). */
    public static float smallestType(String variant) {
        return switch (variant) {
            case "a5" -> 8.5f;
            case "large-print" -> 14f;
            default -> 0f;
        };
    }

    private final List<LaidOutPages.Page> pages;
    private final List<Finding> findings = new ArrayList<>();

    private LayoutCheck(List<LaidOutPages.Page> pages) {
        this.pages = pages;
    }

    /**
     * Every rule's findings for one PDF, page by page.
     *
     * @param smallest the smallest type allowed, in points (see {@link #smallestType(String)})
     */
    public static List<Finding> check(Leaflet leaflet, ReadBack pdf, float smallest) {
        if (pdf.document() == null) {
            return List.of(); // a PDF this check cannot read is the fidelity check's and veraPDF's to report
        }
        try {
            LayoutCheck c = new LayoutCheck(LaidOutPages.read(pdf.document()));
            c.headings();
            c.leadIns();
            c.boxes();
            c.furniture(leaflet);
            c.addresses();
            c.typeSizes(smallest);
            c.findings.sort((a, b) -> Integer.compare(a.page(), b.page()));
            return List.copyOf(c.findings);
        } catch (IOException | RuntimeException e) {
            return List.of(); // a PDF this check cannot read is the fidelity check's and veraPDF's to report
        }
    }

    private void found(int page, String rule, String message) {
        findings.add(new Finding(page, rule, message));
    }

    /** A heading is never among the last two lines of a page. */
    private void headings() {
        for (int p = 0; p + 1 < pages.size(); p++) {
            LaidOutPages.Page page = pages.get(p);
            List<LaidOutPages.Line> lines = page.content();
            List<LaidOutPages.Line> overleaf = pages.get(p + 1).content();
            LaidOutPages.Block nextHeading = overleaf.isEmpty() ? null : enclosing(overleaf.get(0).block(), "H");
            for (int i = 0; i < lines.size(); i++) {
                LaidOutPages.Block heading = enclosing(lines.get(i).block(), "H");
                if (heading == null || i + 1 < lines.size() && enclosing(lines.get(i + 1).block(), "H") == heading) {
                    continue; // not a heading, or not its last line
                }
                int after = lines.size() - 1 - i;
                if (after == 1 && nextHeading != null && !ranksBelow(nextHeading, heading)) {
                    continue; // the one line is all it heads: the next page starts the next section
                }
                if (after < 2) {
                    found(page.number(), "heading", String.format(Locale.ROOT, "the heading \"%s\" has %s under it"
                            + " at the foot of the page; it should keep two lines of what it heads",
                            lines.get(i).text(), after == 0 ? "nothing" : "only one line"));
                }
            }
        }
    }

    /** A lead-in ("You will need:") or a short introduction stays with the list or table after it. */
    private void leadIns() {
        for (LaidOutPages.Page page : pages.subList(0, Math.max(0, pages.size() - 1))) {
            List<LaidOutPages.Line> lines = page.content();
            if (lines.isEmpty()) {
                continue;
            }
            LaidOutPages.Line last = lines.get(lines.size() - 1);
            LaidOutPages.Block p = enclosing(last.block(), "P");
            if (p == null || p.parent() == null || p.index() + 1 >= p.parent().children().size()) {
                continue;
            }
            String next = p.parent().children().get(p.index() + 1).type();
            long ownLines = lines.stream().filter(l -> enclosing(l.block(), "P") == p).count();
            boolean leadIn = last.text().strip().endsWith(":") && (next.equals("L") || next.equals("Table"));
            boolean introduction = next.equals("Table") && ownLines <= 2;
            if (leadIn || introduction) {
                found(page.number(), "lead-in", String.format(Locale.ROOT, "\"%s\" ends the page, but the %s it"
                        + " introduces starts on page %d", last.text(), next.equals("L") ? "list" : "table",
                        page.number() + 1));
            }
        }
    }

    /** A box (a tinted background) starts with at least two lines of its text on a page, or moves. */
    private void boxes() {
        for (int i = 0; i + 1 < pages.size(); i++) {
            LaidOutPages.Page page = pages.get(i);
            LaidOutPages.Page next = pages.get(i + 1);
            List<LaidOutPages.Line> lines = page.content();
            float lastLine = lines.isEmpty() ? 0 : lines.get(lines.size() - 1).baseline();
            float nextFirst = next.content().isEmpty() ? Float.MAX_VALUE : next.content().get(0).top();
            for (LaidOutPages.Box box : page.boxes()) {
                if (box.width() < page.width() * 0.5f || box.bottom() < lastLine - 1 || !goesOn(box, next, nextFirst)) {
                    continue; // narrow (a table cell), ends above the last line, or ends on this page
                }
                long inside = lines.stream().filter(l -> l.baseline() > box.top() && l.baseline() < box.bottom()).count();
                if (inside < 2) {
                    found(page.number(), "box", String.format(Locale.ROOT, "a box starts at the foot of the page"
                            + " with %s of its text; it should start with two lines, or start on page %d",
                            inside == 0 ? "none" : "one line", next.number()));
                }
            }
        }
    }

    /** Whether a box of the same width is drawn at the top of the next page, above its first line. */
    private static boolean goesOn(LaidOutPages.Box box, LaidOutPages.Page next, float firstLine) {
        return next.boxes().stream().anyMatch(b -> Math.abs(b.left() - box.left()) < 1 && Math.abs(b.width() - box.width()) < 1
                && b.top() <= firstLine);
    }

    /** No page holds only what the template adds at the end (closing box, colophon). */
    private void furniture(Leaflet leaflet) {
        List<Block> body = leaflet.body();
        if (body.isEmpty() || pages.size() < 2) {
            return;
        }
        String tail = squeezed(blockText(body.get(body.size() - 1)));
        if (tail.isEmpty()) {
            return;
        }
        // the last words only: a printed address the template adds after a link's text may stand between earlier ones
        tail = tail.substring(Math.max(0, tail.length() - 24));
        int lastBodyPage = -1;
        for (LaidOutPages.Page page : pages) {
            StringBuilder text = new StringBuilder();
            page.content().forEach(l -> text.append(l.text()));
            if (squeezed(text.toString()).contains(tail)) {
                lastBodyPage = page.number();
            }
        }
        LaidOutPages.Page last = pages.get(pages.size() - 1);
        if (lastBodyPage > 0 && lastBodyPage < last.number()) {
            found(last.number(), "furniture", String.format(Locale.ROOT, "the last page holds only what closes the"
                    + " leaflet (a closing box, the colophon), none of its text, which ends on page %d", lastBodyPage));
        }
    }

    /** Addresses break only after a slash or before a dot, never at a hyphen or after "www.". */
    private void addresses() {
        for (LaidOutPages.Page page : pages) {
            List<LaidOutPages.Line> lines = page.content();
            for (int i = 0; i + 1 < lines.size(); i++) {
                if (paragraph(lines.get(i).block()) == null || paragraph(lines.get(i).block()) != paragraph(lines.get(i + 1).block())) {
                    continue; // the next line is another paragraph or list item: no address goes on over it
                }
                String end = lastWord(lines.get(i).text());
                String start = firstWord(lines.get(i + 1).text());
                if (!end.isEmpty() && !start.isEmpty() && AddressBreaks.badBreak(end, start)) {
                    found(page.number(), "address", String.format(Locale.ROOT, "the address \"%s%s\" breaks after"
                            + " \"%s\"; an address breaks only after a / or before a .", end, start, end));
                }
            }
        }
    }

    /** No text smaller than the variant allows. */
    private void typeSizes(float smallest) {
        if (smallest <= 0) {
            return;
        }
        for (LaidOutPages.Page page : pages) {
            for (LaidOutPages.Line line : page.lines()) {
                if (line.smallest() < smallest - 0.05f) {
                    found(page.number(), "type size", String.format(Locale.ROOT, "\"%s\" is set in %.1f pt; this"
                            + " variant needs %.1f pt or more", shorten(line.text()), line.smallest(), smallest));
                    break; // one line per page says it
                }
            }
        }
    }

    /** The paragraph-like element (P, LI, heading, table cell) a line belongs to. */
    private static LaidOutPages.Block paragraph(LaidOutPages.Block b) {
        for (LaidOutPages.Block at = b; at != null; at = at.parent()) {
            if (at.type().matches("P|LI|LBody|H[1-6]?|TD|TH|Caption")) {
                return at;
            }
        }
        return null;
    }

    /** Whether a heading is a subheading of another (H3 under H2); one tagged H, without a level, is neither. */
    private static boolean ranksBelow(LaidOutPages.Block heading, LaidOutPages.Block other) {
        return heading.type().length() == 2 && other.type().length() == 2 && heading.type().compareTo(other.type()) > 0;
    }

    private static LaidOutPages.Block enclosing(LaidOutPages.Block b, String type) {
        for (LaidOutPages.Block at = b; at != null; at = at.parent()) {
            boolean match = type.equals("H") ? at.type().matches("H[1-6]?") : at.type().equals(type);
            if (match) {
                return at;
            }
        }
        return null;
    }

    private static String blockText(Block b) {
        if (b instanceof Block.Paragraph p) {
            return PlainText.of(p.content());
        } else if (b instanceof Block.Heading h) {
            return PlainText.of(h.content());
        } else if (b instanceof Block.ListBlock l && !l.items().isEmpty()) {
            List<Block> item = l.items().get(l.items().size() - 1).blocks();
            return item.isEmpty() ? "" : blockText(item.get(item.size() - 1));
        } else if (b instanceof Block.Quote q && !q.blocks().isEmpty()) {
            return blockText(q.blocks().get(q.blocks().size() - 1));
        } else if (b instanceof Block.Table t && !t.rows().isEmpty()) {
            List<Block.Cell> row = t.rows().get(t.rows().size() - 1);
            return row.isEmpty() ? "" : PlainText.of(row.get(row.size() - 1).content());
        }
        return "";
    }

    private static String squeezed(String s) {
        return s.replaceAll("\\s+", "");
    }

    private static String lastWord(String line) {
        String s = line.strip();
        return s.substring(s.lastIndexOf(' ') + 1);
    }

    private static String firstWord(String line) {
        String s = line.strip();
        int space = s.indexOf(' ');
        return space < 0 ? s : s.substring(0, space);
    }

    private static String shorten(String s) {
        return s.length() <= 40 ? s : s.substring(0, 39) + "…";
    }
}
