package org.handout.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * docs/content-format.md has a table row for exactly the keys the readers accept, taken from the
 * readers themselves: a key added to the code without its documentation (or documented but
 * refused) fails here.
 */
class DocumentedKeysTest {
    private static final Pattern ROW = Pattern.compile("(?m)^\\| `([a-z.-]+)` \\|");

    @Test
    void everyFrontMatterKeyIsDocumentedAndNothingElse() throws Exception {
        Set<String> accepted = new LinkedHashSet<>(FrontMatterReader.KEYS);
        FrontMatterReader.CONTACT_KEYS.forEach(k -> accepted.add("contact." + k));
        assertEquals(accepted, rows(section("## Front matter")));
    }

    @Test
    void everyHandoutYamlKeyIsDocumentedAndNothingElse() throws Exception {
        Set<String> accepted = new LinkedHashSet<>(ProjectDefaultsReader.KEYS);
        ProjectDefaultsReader.LOGO_KEYS.forEach(k -> accepted.add("logo." + k));
        assertEquals(accepted, rows(section("## handout.yaml")));
    }

    /** The part of the page from this heading to the next heading of its level. */
    private static String section(String heading) throws Exception {
        String page = Files.readString(Path.of("docs/content-format.md"));
        int start = page.indexOf("\n" + heading + "\n");
        if (start < 0) {
            throw new AssertionError("docs/content-format.md has no heading \"" + heading + "\"");
        }
        int end = page.indexOf("\n## ", start + heading.length() + 1);
        return page.substring(start, end < 0 ? page.length() : end);
    }

    private static Set<String> rows(String section) {
        Set<String> keys = new LinkedHashSet<>();
        Matcher m = ROW.matcher(section);
        while (m.find()) {
            keys.add(m.group(1));
        }
        return keys;
    }
}
