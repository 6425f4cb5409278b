package org.handout.template;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.handout.diagnostic.Place;

/**
 * Where a piece of text (an address, a font family) is written among a template's files: the page
 * first, then the others by name; a place where it stands alone, as in {@code url(x.woff)} or
 * {@code "Comic Sans MS"}, before one where it is part of other words, as in a comment.
 */
final class TextPlace {
    private static final String BEFORE = "(\"'/= \t\n";
    private static final String AFTER = ")\"'?# \t\r\n;";

    private TextPlace() {
    }

    /** @return the place, or null when no file has the text */
    static Place find(Map<String, byte[]> files, String page, String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        List<String> order = new ArrayList<>();
        if (files.containsKey(page)) {
            order.add(page);
        }
        files.keySet().stream().filter(f -> !f.equals(page)).forEach(order::add);
        Place first = null;
        for (String file : order) {
            String content = new String(files.get(file), StandardCharsets.UTF_8);
            for (int at = content.indexOf(text); at >= 0; at = content.indexOf(text, at + 1)) {
                Place place = place(file, content, at);
                if (standsAlone(content, at, text.length())) {
                    return place;
                }
                first = first == null ? place : first;
            }
        }
        return first;
    }

    private static boolean standsAlone(String content, int at, int length) {
        int end = at + length;
        return (at == 0 || BEFORE.indexOf(content.charAt(at - 1)) >= 0)
                && (end == content.length() || AFTER.indexOf(content.charAt(end)) >= 0);
    }

    private static Place place(String file, String content, int at) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < at; i++) {
            if (content.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new Place(file, line, at - lineStart + 1);
    }
}
