package org.handout.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.handout.testing.Project;
import org.handout.testing.Project.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every problem of a leaflet that can be found is reported in one run, in file order: the author fixes
 * the file top to bottom once, rather than meeting each kind of problem only after fixing the last.
 */
class OneRoundTest {
    /** A wrong contact key, a character no font has and vague link text: three stages, one run. */
    private static final String THREE_KINDS = """
            ---
            title: Ward visiting
            reviewed: 2026-11-01
            contact:
              emial: advice@example.org
            ---
            Visiting is 2 to 8 pm. Bring a \uD80C\uDC00 if you like.

            For details [click here](https://www.example.org/visit).
            """;
    private static final List<String> THREE_MESSAGES = List.of(
            "content/x.md:5:3: error: unknown key \"emial\" in the contact — did you mean \"email\"?",
            "content/x.md:7:32: error: the character \uD80C\uDC00 (U+13000 EGYPTIAN HIEROGLYPH A001) cannot be drawn"
                    + " by the embedded fonts — replace it with a character the fonts have, or with words",
            "content/x.md:9:13: warning: link text \"click here\" does not say where the link goes — screen-reader"
                    + " users often hear links on their own; use words like \"NHS Health Careers: nursing roles\"");

    @TempDir
    Path dir;

    @Test
    void checkReportsAContactKeyAnUndrawableCharacterAndVagueLinkTextTogether() throws Exception {
        new Project(dir).write("content/x.md", THREE_KINDS);

        Run run = Project.run("check", "--project", dir.toString());

        assertEquals(1, run.exitCode());
        assertEquals(THREE_MESSAGES, lines(run.err()));
        assertEquals("1 leaflet checked: 1 with errors, 1 warning.", run.out().strip());
    }

    @Test
    void buildReportsTheSameInTheSameOrder() throws Exception {
        new Project(dir).write("content/x.md", THREE_KINDS);

        Run run = Project.run("build", "--project", dir.toString());

        assertEquals(1, run.exitCode());
        assertEquals(THREE_MESSAGES, lines(run.err()));
        assertEquals("FAILED  x  2 errors", lines(run.out()).get(0));
    }

    @Test
    void errorsAndWarningsOfEveryStageAreMergedInFileOrder() throws Exception {
        new Project(dir).write("content/x.md", """
                ---
                title: Ward visiting
                reviewed: 2026-11-01
                contact: advice@example.org
                variants: [a3, a4, letter]
                ---
                Bring a \uD80C\uDC00 if you like.

                For details [click here](https://www.example.org/visit).

                ![Picture of a ward](missing.png)
                """);

        Run run = Project.run("check", "--project", dir.toString());

        assertEquals(List.of(
                "content/x.md:4:10: error: \"contact\" is \"advice@example.org\", but a contact is a group of keys,"
                        + " each on its own indented line below contact: (heading, text, website, email, phone) —"
                        + " e.g. contact: and on the next line, indented, email: advice@example.org",
                "content/x.md:5:11: error: variants \"a3\", \"letter\" are not among template leaflet's variants"
                        + " (a4, large-print, a5) — use one of those in variants:",
                "content/x.md:7:9: error: the character \uD80C\uDC00 (U+13000 EGYPTIAN HIEROGLYPH A001) cannot be"
                        + " drawn by the embedded fonts — replace it with a character the fonts have, or with words",
                "content/x.md:9:13: warning: link text \"click here\" does not say where the link goes —"
                        + " screen-reader users often hear links on their own; use words like \"NHS Health Careers:"
                        + " nursing roles\"",
                "content/x.md:11:1: error: the image file \"missing.png\" does not exist — check the path, relative"
                        + " to this leaflet",
                "content/x.md:11:1: warning: alt text starts \"Picture of\" — screen readers already say it is an"
                        + " image; describe what it shows"), lines(run.err()));
    }

    @Test
    void frontMatterThatIsNotYamlStillHasItsTextChecked() throws Exception {
        new Project(dir).write("content/x.md", "---\ntitle: [unclosed\n---\nA \uD80C\uDC00 and [here](https://example.org).\n");

        List<String> err = lines(Project.run("check", "--project", dir.toString()).err());

        assertEquals(3, err.size(), String.join("\n", err));
        assertEquals("content/x.md:2:8: error: the front matter is not valid YAML: expected ',' or ']', but got the"
                + " end of the front matter (while parsing a flow sequence that starts here) — check quotes, brackets"
                + " and indentation", err.get(0));
        assertTrue(err.get(1).startsWith("content/x.md:4:3: error: the character \uD80C\uDC00 "), err.get(1));
        assertTrue(err.get(2).startsWith("content/x.md:4:10: warning: link text \"here\""), err.get(2));
    }

    @Test
    void aRefusedCharacterIsNotAlsoNamedAsUndrawable() throws Exception {
        new Project(dir).write("content/x.md", Project.leaflet("T") + "\nA bell \u0007 and a noncharacter \uFFFE.\n");

        List<String> err = lines(Project.run("check", "--project", dir.toString()).err());

        assertEquals(2, err.size(), String.join("\n", err));
        assertTrue(err.get(0).startsWith("content/x.md:14:8: error: the text has a control character U+0007"), err.get(0));
        assertTrue(err.get(1).startsWith("content/x.md:14:29: error: the text has a noncharacter U+FFFE"), err.get(1));
    }

    @Test
    void strictTurnsWarningsIntoErrorsInTheirPlaceAmongTheOthers() throws Exception {
        new Project(dir).write("content/x.md", THREE_KINDS);

        Run run = Project.run("check", "--strict", "--project", dir.toString());

        assertEquals(List.of(THREE_MESSAGES.get(0), THREE_MESSAGES.get(1),
                THREE_MESSAGES.get(2).replace("warning:", "error:") + " (--strict)"), lines(run.err()));
        assertEquals("1 leaflet checked: 1 with errors, 0 warnings.", run.out().strip());
    }

    private static List<String> lines(String text) {
        return Arrays.stream(text.split("\n")).filter(l -> !l.isBlank()).toList();
    }
}
