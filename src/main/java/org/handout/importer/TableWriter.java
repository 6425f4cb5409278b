package org.handout.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * A table as a GitHub table: a header row (the document's own, else its first row, with a warning),
 * every row as wide as the widest, merged cells split with a warning, since a leaflet's tables have
 * one value per cell.
 */
final class TableWriter {
    private TableWriter() {
    }

    static Rendered write(Element table, Inlines inlines) {
        List<Element> rows = rows(table);
        if (rows.isEmpty()) {
            return Rendered.NOTHING;
        }
        List<Note> notes = new ArrayList<>();
        List<List<String>> grid = new ArrayList<>();
        Map<Integer, Integer> spanningDown = new HashMap<>(); // column → rows still covered by a cell above
        int width = 0;
        for (int r = 0; r < rows.size(); r++) {
            int line = r == 0 ? 1 : r + 2; // the delimiter row comes after the first
            List<String> cells = new ArrayList<>();
            int column = 0;
            for (Element cell : rows.get(r).children()) {
                if (!cell.normalName().equals("td") && !cell.normalName().equals("th")) {
                    continue;
                }
                while (spanningDown.getOrDefault(column, 0) > 0) {
                    spanningDown.merge(column, -1, Integer::sum);
                    cells.add("");
                    column++;
                }
                Rendered text = inlines.render(cell.childNodes(), false);
                for (Note n : text.notes()) {
                    notes.add(n.at(line));
                }
                if (!cell.select("table").isEmpty()) {
                    notes.add(Note.warning(line, "a table inside a table cell cannot be carried over: its text is"
                            + " written in the cell — make it a table of its own after this one"));
                }
                cells.add(String.join(" ", text.lines()));
                int across = span(cell.attr("colspan"));
                int down = span(cell.attr("rowspan"));
                if (across > 1 || down > 1) {
                    notes.add(Note.warning(line, "a merged cell (\"" + shortText(cell.text()) + "\") cannot be carried"
                            + " over: a leaflet's table has one value per cell, so its text is in the first of the "
                            + (across * down) + " cells it covered and the others are empty — fill them in, or split"
                            + " the table"));
                }
                for (int c = 0; c < across; c++) {
                    if (c > 0) {
                        cells.add("");
                    }
                    if (down > 1) {
                        spanningDown.put(column + c, down - 1);
                    }
                }
                column += across;
            }
            while (spanningDown.getOrDefault(column, 0) > 0) {
                spanningDown.merge(column, -1, Integer::sum);
                cells.add("");
                column++;
            }
            grid.add(cells);
            width = Math.max(width, cells.size());
        }
        if (width == 0) {
            return Rendered.NOTHING;
        }
        if (!hasHeader(rows.get(0))) {
            notes.add(Note.warning(1, "this table has no header row, so its first row is made the header — check that"
                    + " it holds the columns' names (in Word: select the first row, Table Properties › Row › \"Repeat as"
                    + " header row at the top of each page\")"));
        }
        // A header row is set apart by the templates: Word's bold on it is not a leaflet's to keep.
        grid.get(0).replaceAll(c -> c.matches("\\*\\*[^*]+\\*\\*") ? c.substring(2, c.length() - 2) : c);
        List<String> lines = new ArrayList<>();
        for (int r = 0; r < grid.size(); r++) {
            List<String> cells = grid.get(r);
            while (cells.size() < width) {
                cells.add("");
            }
            lines.add("| " + String.join(" | ", cells) + " |");
            if (r == 0) {
                lines.add("|" + " --- |".repeat(width));
            }
        }
        Element caption = table.selectFirst("> caption");
        Rendered body = new Rendered(lines, notes, Rendered.Kind.TEXT);
        if (caption != null) {
            Rendered captionText = inlines.render(caption.childNodes(), true);
            return Rendered.join(List.of(captionText, body), Rendered.Kind.TEXT, (a, b) -> true);
        }
        return body;
    }

    /** The table's own rows, in reading order: header rows, body rows, footer rows (not a nested table's). */
    private static List<Element> rows(Element table) {
        List<Element> head = new ArrayList<>();
        List<Element> body = new ArrayList<>();
        List<Element> foot = new ArrayList<>();
        for (Element child : table.children()) {
            switch (child.normalName()) {
                case "tr" -> body.add(child);
                case "thead" -> head.addAll(child.children().stream().filter(c -> c.normalName().equals("tr")).toList());
                case "tbody" -> body.addAll(child.children().stream().filter(c -> c.normalName().equals("tr")).toList());
                case "tfoot" -> foot.addAll(child.children().stream().filter(c -> c.normalName().equals("tr")).toList());
                default -> { }
            }
        }
        List<Element> all = new ArrayList<>(head);
        all.addAll(body);
        all.addAll(foot);
        return all;
    }

    private static boolean hasHeader(Element firstRow) {
        if (firstRow.parent() != null && firstRow.parent().normalName().equals("thead")) {
            return true;
        }
        List<Element> cells = firstRow.children().stream().filter(c -> c.normalName().matches("t[dh]")).toList();
        return !cells.isEmpty() && cells.stream().allMatch(c -> c.normalName().equals("th"));
    }

    private static int span(String value) {
        try {
            return value.isBlank() ? 1 : Math.max(1, Math.min(Integer.parseInt(value.strip()), ImportLimits.TABLE_SPAN));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    static String shortText(String text) {
        String t = text.replaceAll("\\s+", " ").strip();
        return t.length() > 40 ? t.substring(0, 39) + "…" : t;
    }
}
