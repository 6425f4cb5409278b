package org.handout.content;

import org.handout.diagnostic.Diagnostic;
import org.handout.diagnostic.DiagnosticException;

/** Finds the YAML front matter between the first two {@code ---} lines of a leaflet. */
final class FrontMatterSplitter {
    private FrontMatterSplitter() {
    }

    static FrontMatter split(String file, String text) throws DiagnosticException {
        if (!firstLine(text).stripTrailing().equals("---")) {
            throw new DiagnosticException(Diagnostic.error(file, 1, 1, "no front matter — a leaflet starts with a"
                    + " line ---, then title: and reviewed: (and any other keys), then another line ---"));
        }
        int yamlStart = text.indexOf('\n') + 1;
        int lineNo = 2;
        int pos = yamlStart;
        while (pos > 0 && pos <= text.length()) {
            int end = text.indexOf('\n', pos);
            String line = end < 0 ? text.substring(pos) : text.substring(pos, end);
            if (line.strip().equals("---") && line.startsWith("---")) {
                String yaml = text.substring(yamlStart, pos);
                String body = end < 0 ? "" : text.substring(end + 1);
                return new FrontMatter(yaml, 2, body, lineNo + 1);
            }
            if (end < 0) {
                break;
            }
            pos = end + 1;
            lineNo++;
        }
        throw new DiagnosticException(Diagnostic.error(file, 1, 1, "the front matter is not closed — add a"
                + " line --- after the last key, before the text of the leaflet"));
    }

    private static String firstLine(String text) {
        int nl = text.indexOf('\n');
        return nl < 0 ? text : text.substring(0, nl);
    }
}
