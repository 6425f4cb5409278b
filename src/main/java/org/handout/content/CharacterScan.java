package org.handout.content;

import java.util.ArrayList;
import java.util.List;
import org.handout.model.Position;

/**
 * Finds the refused characters ({@link RefusedCharacters}) in text as it is written in a file, each
 * at its line and column. Columns count characters, as the rest of handout's messages do (an emoji
 * is one column). Scanning the text as written catches a character wherever it stands, also where no
 * later stage would look (a comment, a link that is never printed).
 */
final class CharacterScan {
    /**
     * A refused character in the text.
     *
     * @param line   0-based line within the text scanned
     * @param column 1-based column on that line
     */
    record Found(int line, int column, int codePoint) {
    }

    private CharacterScan() {
    }

    static List<Found> find(String text) {
        List<Found> found = new ArrayList<>();
        int line = 0;
        int column = 1;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (cp == '\n') {
                line++;
                column = 1;
            } else {
                if (RefusedCharacters.isRefused(cp)) {
                    found.add(new Found(line, column, cp));
                }
                column++;
            }
            i += Character.charCount(cp);
        }
        return found;
    }

    /**
     * Reports each refused character of a text that starts on {@code firstLine} of the file.
     *
     * @param what what the text is, for messages: "the text"
     */
    static void report(String text, int firstLine, String what, Problems problems) {
        for (Found f : find(text)) {
            problems.characterError(new Position(firstLine + f.line(), f.column()),
                    RefusedCharacters.message(what, f.codePoint(), f.column()));
        }
    }
}
