package org.handout.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.handout.testing.Project;
import org.handout.testing.Project.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Messages someone new to handout (and to PDF standards) can act on without looking anything up. */
class PlainMessagesTest {
    @TempDir
    Path dir;

    @Test
    void aContactWrittenAsOneValueNamesTheKeysAContactTakes() throws Exception {
        new Project(dir).write("content/x.md", "---\ntitle: T\nreviewed: 2026-11-01\ncontact: advice@example.org\n---\n");

        Run run = Project.run("check", "--project", dir.toString());

        assertEquals(1, run.exitCode());
        assertEquals("content/x.md:4:10: error: \"contact\" is \"advice@example.org\", but a contact is a group of"
                + " keys, each on its own indented line below contact: (heading, text, website, email, phone) — e.g."
                + " contact: and on the next line, indented, email: advice@example.org", run.err().strip());
    }

    @Test
    void aContactWrittenAsAListSaysSo() throws Exception {
        new Project(dir).write("content/x.md", "---\ntitle: T\nreviewed: 2026-11-01\ncontact:\n  - advice@example.org\n---\n");

        assertTrue(Project.run("check", "--project", dir.toString()).err().startsWith("content/x.md:5:3: error:"
                + " \"contact\" is a list, but a contact is a group of keys"));
    }

    @Test
    void buildHelpListsEverythingWrittenToTheOutputFolder() {
        Run help = Project.run("build", "--help");

        String text = help.out();
        int listed = text.indexOf("Written to the output folder");
        assertTrue(listed > 0, text);
        for (String file : new String[] {"NAME.pdf", "NAME.VARIANT.pdf", "thumbs/", "index.html", "report.json",
                "junit.xml", ".handout-cache.json"}) {
            assertTrue(text.indexOf("  " + file, listed) > 0, file + " is listed:\n" + text);
        }
        assertTrue(text.lines().allMatch(l -> l.length() <= 80), "no line wraps on an 80-column terminal:\n" + text);
    }
}
